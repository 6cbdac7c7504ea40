import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';

/** The API's rule for a closing's reason (requireReason): 3 to 1000 characters once trimmed. */
export const MIN_CLOSE_REASON = 3;
export const MAX_CLOSE_REASON = 1000;

interface Props {
  /** the form's accessible name, e.g. "Close the known location Malmö of Flint Skuggberg" */
  label: string;
  /** the reason's label, e.g. "Why is the known location closed?" */
  reasonLabel: string;
  /** the button that closes, e.g. "Close known location" */
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** resolves to whether the API closed it */
  onSubmit(reason: string): Promise<boolean>;
  onDone(): void;
  onCancel(): void;
}

/**
 * Closing a record, saying why: the reason is checked here as the API checks it, so a short one is refused
 * without a request; the API's refusal is shown in words and the form stays open. The reason field gets
 * the focus, so a keyboard user lands where they write.
 */
export function CloseRecordForm({ label, reasonLabel, submitLabel, submitting, error, onSubmit, onDone, onCancel }: Props) {
  const { t } = useTranslation('closings');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'short' | 'long' | undefined>();
  const ids = { reason: useId(), problem: useId() };
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => field.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < MIN_CLOSE_REASON) return setProblem('short');
    if (text.length > MAX_CLOSE_REASON) return setProblem('long');
    setProblem(undefined);
    if (await onSubmit(text)) onDone();
  }

  return (
    <form className="conflict-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="field">
        <label htmlFor={ids.reason}>{reasonLabel}</label>
        <textarea
          id={ids.reason}
          ref={field}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? ids.problem : undefined}
        />
        {problem && (
          <p id={ids.problem} className="field-error">
            {problem === 'short' ? t('form.reasonTooShort', { min: MIN_CLOSE_REASON }) : t('form.reasonTooLong', { max: MAX_CLOSE_REASON })}
          </p>
        )}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="submit" className="danger" disabled={submitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
