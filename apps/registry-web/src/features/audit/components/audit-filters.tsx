import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../api/use-audit-events';

/** Turns a datetime-local value (the browser's local time) into an ISO instant, or undefined. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const value = new Date(local);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

interface Draft {
  actor: string;
  action: string;
  resourceId: string;
  from: string;
  to: string;
  refusedOnly: boolean;
}

const EMPTY: Draft = { actor: '', action: '', resourceId: '', from: '', to: '', refusedOnly: false };

/** Known actions besides operation names, offered as suggestions (the field takes any action). */
const ACTION_SUGGESTIONS = [
  'auth.denied',
  'forbidden',
  'purpose.missing',
  'rate.limited',
  'proposal.override',
  'keys.rotate',
  'case.shred',
];

export function AuditFiltersForm({ onApply }: { onApply(filters: AuditFilters): void }) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [rangeProblem, setRangeProblem] = useState(false);
  const ids = {
    actor: useId(),
    action: useId(),
    actions: useId(),
    target: useId(),
    from: useId(),
    to: useId(),
    refused: useId(),
    problem: useId(),
  };

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const from = instantOf(draft.from);
    const to = instantOf(draft.to);
    const badRange = from !== undefined && to !== undefined && from > to;
    setRangeProblem(badRange);
    if (badRange) return;
    onApply({
      actor: draft.actor.trim() || undefined,
      action: draft.action.trim() || undefined,
      resourceId: draft.resourceId.trim() || undefined,
      from,
      to,
      refusedOnly: draft.refusedOnly || undefined,
    });
  }

  return (
    <form className="audit-filters" onSubmit={submit} noValidate aria-label={t('filters.label')}>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={ids.actor}>{t('filters.actor')}</label>
          <input
            id={ids.actor}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={draft.actor}
            onChange={(e) => set('actor', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.action}>{t('filters.action')}</label>
          <input
            id={ids.action}
            type="text"
            autoComplete="off"
            spellCheck={false}
            list={ids.actions}
            value={draft.action}
            onChange={(e) => set('action', e.target.value)}
          />
          <datalist id={ids.actions}>
            {ACTION_SUGGESTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.target}>{t('filters.target')}</label>
          <input
            id={ids.target}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={draft.resourceId}
            onChange={(e) => set('resourceId', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{t('filters.from')}</label>
          <input
            id={ids.from}
            type="datetime-local"
            value={draft.from}
            onChange={(e) => set('from', e.target.value)}
            aria-invalid={rangeProblem || undefined}
            aria-describedby={rangeProblem ? ids.problem : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('filters.to')}</label>
          <input
            id={ids.to}
            type="datetime-local"
            value={draft.to}
            onChange={(e) => set('to', e.target.value)}
            aria-invalid={rangeProblem || undefined}
            aria-describedby={rangeProblem ? ids.problem : undefined}
          />
        </div>
        <div className="field field-checkbox">
          <input id={ids.refused} type="checkbox" checked={draft.refusedOnly} onChange={(e) => set('refusedOnly', e.target.checked)} />
          <label htmlFor={ids.refused}>{t('filters.refusedOnly')}</label>
        </div>
      </div>
      {rangeProblem && (
        <p id={ids.problem} className="field-error">
          {t('filters.rangeProblem')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('filters.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(EMPTY);
            setRangeProblem(false);
            onApply({});
          }}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
