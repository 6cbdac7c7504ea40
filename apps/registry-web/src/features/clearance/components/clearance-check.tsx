import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useClearanceCheck } from '../api/use-clearance-check';
import { ClearanceAnswerText } from './clearance-answer';

/** The receiving municipality asks about the clearance reference it was handed. */
export function ClearanceCheck() {
  const { t } = useTranslation('clearance');
  const { answer, check, reset } = useClearanceCheck();
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = { heading: useId(), field: useId(), hint: useId(), problem: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = reference.trim();
    setMissing(value === '');
    if (value) void check(value);
  }

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('check.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.field}>{t('check.label')}</label>
          <input
            id={ids.field}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={reference}
            onChange={(event) => {
              setReference(event.target.value);
              reset();
            }}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${ids.problem} ${ids.hint}` : ids.hint}
          />
          <p id={ids.hint} className="hint">
            {t('check.hint')}
          </p>
          {missing && (
            <p id={ids.problem} className="field-error">
              {t('check.missing')}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={answer.status === 'asking'}>
          {t('check.button')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="answer-region">
        {answer.status === 'asking' && <p className="loading">{t('asking')}</p>}
        {answer.status === 'answered' && <ClearanceAnswerText cleared={answer.cleared} />}
      </div>
      {answer.status === 'failed' && <ErrorMessage error={answer.error} />}
    </section>
  );
}
