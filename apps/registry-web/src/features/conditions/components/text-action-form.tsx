import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  fieldLabel: string;
  submitLabel: string;
  submitting: boolean;
  danger?: boolean;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A short form with one required text (a decision, a reason): closing a review, ending a condition. */
export function TextActionForm({ label, fieldLabel, submitLabel, submitting, danger, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('conditions');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  const ids = { text: useId(), problem: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) return setProblem(true);
    setProblem(false);
    onSubmit(text.trim());
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="field">
        <label htmlFor={ids.text}>{fieldLabel}</label>
        <input
          id={ids.text}
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? ids.problem : undefined}
        />
      </div>
      {problem && (
        <p id={ids.problem} className="field-error">
          {t('textProblem')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={submitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
