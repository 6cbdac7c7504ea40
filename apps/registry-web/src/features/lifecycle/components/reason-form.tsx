import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';

const MIN_REASON = 3;

interface Props {
  /** the form's accessible name */
  label: string;
  submitLabel: string;
  danger?: boolean;
  submitting: boolean;
  error?: unknown;
  /** fields before the reason (a stage or closure reason to choose); return false to block submitting */
  children?: ReactNode;
  ready?: () => boolean;
  onSubmit(reason: string): Promise<boolean>;
}

/** A change that needs a reason (kept sealed in the case's history): the reason, a button, the answer. */
export function ReasonForm({ label, submitLabel, danger, submitting, error, children, ready, onSubmit }: Props) {
  const { t } = useTranslation('lifecycle');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const ids = { reason: useId(), problem: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (ready && !ready()) return;
    if (reason.trim().length < MIN_REASON) return setProblem(true);
    setProblem(false);
    if (await onSubmit(reason.trim())) setReason('');
  }

  return (
    <form className="lifecycle-form" onSubmit={submit} noValidate aria-label={label}>
      {children}
      <div className="field">
        <label htmlFor={ids.reason}>{t('form.reason')}</label>
        <textarea
          id={ids.reason}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? ids.problem : undefined}
        />
      </div>
      {problem && (
        <p id={ids.problem} className="field-error">
          {t('form.reasonProblem')}
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={submitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
