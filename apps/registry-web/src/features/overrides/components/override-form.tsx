import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MIN_JUSTIFICATION = 20;
// The API refuses controls and invisible formatting in stored text; line breaks and tabs stay.
const HIDDEN_BUT_LAYOUT = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;

export function justificationProblemOf(value: string): 'tooShort' | 'hidden' | undefined {
  if (HIDDEN_BUT_LAYOUT.test(value)) return 'hidden';
  if (value.trim().length < MIN_JUSTIFICATION) return 'tooShort';
  return undefined;
}

interface Props {
  proposalLabel: string;
  submitting: boolean;
  onSubmit(justification: string): void;
  onCancel(): void;
}

/** An override is a recorded decision against the checker's advice: it needs a justification in words. */
export function OverrideForm({ proposalLabel, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('overrides');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'hidden' | undefined>();
  const ids = { field: useId(), hint: useId(), problem: useId() };
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = justificationProblemOf(value);
    setProblem(found);
    if (found) {
      field.current?.focus();
      return;
    }
    onSubmit(value.trim());
  }

  const length = value.trim().length;
  return (
    <form className="override-form" onSubmit={submit} noValidate aria-label={t('form.label', { proposal: proposalLabel })}>
      <div className="field">
        <label htmlFor={ids.field}>{t('form.justification')}</label>
        <textarea
          ref={field}
          id={ids.field}
          rows={4}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids.problem} ${ids.hint}` : ids.hint}
        />
        <p id={ids.hint} className="hint">
          {t('form.hint', { min: MIN_JUSTIFICATION })} <span className="counter">{t('form.counter', { count: length })}</span>
        </p>
        {problem && (
          <p id={ids.problem} className="field-error">
            {t(`form.problem.${problem}`, { min: MIN_JUSTIFICATION })}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="danger" disabled={submitting}>
          {t('form.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
