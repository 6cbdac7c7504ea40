import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ComplianceGrade, type RecordComplianceInput } from '../../../gql/graphql';
import { dayNumber, isIsoDate, todayInSweden } from '../../../lib/dates';

const GRADES = Object.values(ComplianceGrade);

interface Props {
  conditionLabel: string;
  signedOn: string;
  submitting: boolean;
  onSubmit(input: RecordComplianceInput): void;
}

/** One observation of how the condition was kept; a breach (or a marked observation) raises a review. */
export function RecordComplianceForm({ conditionLabel, signedOn, submitting, onSubmit }: Props) {
  const { t } = useTranslation('conditions');
  const [grade, setGrade] = useState<ComplianceGrade | ''>('');
  const [observedOn, setObservedOn] = useState(todayInSweden());
  const [note, setNote] = useState('');
  const [raiseReview, setRaiseReview] = useState(false);
  const [problem, setProblem] = useState<'grade' | 'date' | null>(null);
  const ids = { grade: useId(), date: useId(), note: useId(), problem: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (grade === '') return setProblem('grade');
    if (!isIsoDate(observedOn) || dayNumber(observedOn) > dayNumber(todayInSweden()) || dayNumber(observedOn) < dayNumber(signedOn))
      return setProblem('date');
    setProblem(null);
    onSubmit({ compliance: grade, observedOn, note: note.trim() === '' ? null : note.trim(), raiseReview: raiseReview || null });
    setGrade('');
    setNote('');
    setRaiseReview(false);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('record.formLabel', { condition: conditionLabel })}>
      <div className="field">
        <label htmlFor={ids.grade}>{t('record.grade')}</label>
        <select
          id={ids.grade}
          value={grade}
          onChange={(event) => setGrade(event.target.value as ComplianceGrade | '')}
          aria-invalid={problem === 'grade' || undefined}
          aria-describedby={problem === 'grade' ? ids.problem : undefined}
        >
          <option value="">{t('record.chooseGrade')}</option>
          {GRADES.map((value) => (
            <option key={value} value={value}>
              {t(`grade.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{t('record.observedOn')}</label>
        <input
          id={ids.date}
          type="date"
          min={signedOn}
          max={todayInSweden()}
          value={observedOn}
          onChange={(event) => setObservedOn(event.target.value)}
          aria-invalid={problem === 'date' || undefined}
          aria-describedby={problem === 'date' ? ids.problem : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t('record.note')}</label>
        <input id={ids.note} type="text" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {grade !== ComplianceGrade.Breached && (
        <label className="field-checkbox">
          <input type="checkbox" checked={raiseReview} onChange={(event) => setRaiseReview(event.target.checked)} />
          {t('record.raiseReview')}
        </label>
      )}
      {problem && (
        <p id={ids.problem} className="field-error">
          {t(problem === 'grade' ? 'record.gradeProblem' : 'record.dateProblem')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {t('record.submit')}
        </button>
      </div>
    </form>
  );
}
