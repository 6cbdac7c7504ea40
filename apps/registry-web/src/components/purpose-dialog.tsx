import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { purposeProblemOf, type PurposeProblem } from '../lib/access-purpose';
import { ErrorMessage } from './error-message';

interface Props {
  initialPurpose?: string | null;
  /** saves the purpose; a rejection is shown in the dialog */
  onSubmit(purpose: string): Promise<void>;
  /** offered when a purpose is already set and the user only wanted to look at it */
  onCancel?(): void;
}

/**
 * Asked before the first protected read of a session (and whenever the user changes it): why this access?
 * The answer is sent with every request and lands in the audit log next to each read.
 */
export function PurposeDialog({ initialPurpose, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('common');
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialPurpose ?? '');
  const [problem, setProblem] = useState<PurposeProblem | undefined>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = purposeProblemOf(value);
    setProblem(found);
    setSaveError(undefined);
    if (found) {
      input.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(value.trim());
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  return (
    <div role="dialog" aria-labelledby={headingId} className="purpose-dialog">
      <h2 id={headingId}>{t('purpose.heading')}</h2>
      <p>{t('purpose.explanation')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('purpose.label')}</label>
          <input
            ref={input}
            id={inputId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          />
          <p id={hintId} className="hint">
            {t('purpose.hint')}
          </p>
          {problem && (
            <p id={problemId} className="field-error">
              {t(`purpose.problem.${problem}`)}
            </p>
          )}
        </div>
        {saveError !== undefined && <ErrorMessage error={saveError} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('purpose.continue')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('purpose.cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
