import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_LENGTH, reasonProblem, type ReasonLength, type ReasonProblem } from '../lib/reason';
import { ErrorMessage } from './error-message';

interface Props {
  /** the form's accessible name, e.g. "Close the known location Malmö of Flint Skuggberg" */
  label: string;
  /** the reason's label, e.g. "Why is the known location closed?" */
  fieldLabel: string;
  /** the button, e.g. "Close known location" */
  submitLabel: string;
  submitting: boolean;
  /** the button ends something (a record, a condition, a case): styled as a destructive action */
  danger?: boolean;
  /** the API's refusal, shown in words; the form stays open */
  error?: unknown;
  /** the API's length rule for this reason, when it is not the usual 3 to 1000 characters */
  length?: ReasonLength;
  /** the reason may be left empty (a review's note); when written it follows the same rule */
  optional?: boolean;
  /** opened by a button: the reason field takes the focus, so a keyboard user lands where they write */
  autoFocus?: boolean;
  /** fields before the reason (a stage or a scope to choose) */
  children?: ReactNode;
  /** checks those fields (and shows their problems); false keeps the form from submitting */
  ready?: () => boolean;
  /** the trimmed reason, once it passes the rule ('' when optional and left empty); resolving to true clears it */
  onSubmit(reason: string): void | Promise<boolean>;
  /** without it there is no cancel button (a form that stays on the page) */
  onCancel?: () => void;
}

/**
 * A decision that must say why: closing a known location or a hold, ending a condition, closing a breach
 * review, reviewing a personal conflict, moving, closing or reopening a case. One form, so every reason is
 * checked and worded alike before any request, and the API's refusal is shown in the same place.
 */
export function ReasonForm(props: Props) {
  const { label, fieldLabel, submitLabel, submitting, danger, error, optional, autoFocus, children, onCancel } = props;
  const length = props.length ?? REASON_LENGTH;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ReasonProblem | undefined>();
  const ids = { reason: useId(), problem: useId() };
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    const found = optional && text.length === 0 ? undefined : reasonProblem(text, length);
    setProblem(found);
    if (props.ready && !props.ready()) return;
    if (!found && (await props.onSubmit(text)) === true) setReason('');
  }

  return (
    <form className="reason-form" onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
      {children}
      <div className="field">
        <label htmlFor={ids.reason}>{fieldLabel}</label>
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
            {problem === 'short' ? t('reason.tooShort', { min: length.min }) : t('reason.tooLong', { max: length.max })}
          </p>
        )}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={submitting}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
