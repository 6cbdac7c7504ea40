import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FollowUpHousing, FollowUpIncome, FollowUpOutcome, RelapseAnswer, ThreatStandsAnswer } from '../../../gql/graphql';
import { dayNumber, isIsoDate, todayInSweden } from '../../../lib/dates';
import { useRecordFollowUp } from '../api/use-lifecycle';

/** Each list in a reading order (the generated enums are alphabetical): best first, unknown last. */
const CHOICES = {
  outcome: [FollowUpOutcome.Established, FollowUpOutcome.PartlyEstablished, FollowUpOutcome.NotEstablished, FollowUpOutcome.NotReached],
  housing: Object.values(FollowUpHousing),
  income: Object.values(FollowUpIncome),
  relapse: [RelapseAnswer.No, RelapseAnswer.Suspected, RelapseAnswer.Confirmed, RelapseAnswer.Unknown],
  threatStands: [ThreatStandsAnswer.Yes, ThreatStandsAnswer.No, ThreatStandsAnswer.Unknown],
} as const;
type Choice = keyof typeof CHOICES;
const FIELDS = Object.keys(CHOICES) as Choice[];

/** The follow-up after the placements ended: each answer chosen, none guessed; notes are optional. */
export function FollowUpForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('lifecycle');
  const [state, record] = useRecordFollowUp();
  const [recordedOn, setRecordedOn] = useState(todayInSweden());
  const [answers, setAnswers] = useState<Record<Choice, string>>({ outcome: '', housing: '', income: '', relapse: '', threatStands: '' });
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<'date' | Choice | null>(null);
  const baseId = useId();
  const idOf = (name: string) => `${baseId}-${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(recordedOn) || dayNumber(recordedOn) > dayNumber(todayInSweden())) return setProblem('date');
    const missing = FIELDS.find((field) => answers[field] === '');
    if (missing) return setProblem(missing);
    setProblem(null);
    const result = await record(caseId, {
      recordedOn,
      outcome: answers.outcome as FollowUpOutcome,
      housing: answers.housing as FollowUpHousing,
      income: answers.income as FollowUpIncome,
      relapse: answers.relapse as RelapseAnswer,
      threatStands: answers.threatStands as ThreatStandsAnswer,
      notes: notes.trim() === '' ? null : notes.trim(),
    });
    if (!result.error) {
      setAnswers({ outcome: '', housing: '', income: '', relapse: '', threatStands: '' });
      setNotes('');
    }
  }

  return (
    <form className="lifecycle-form" onSubmit={submit} noValidate aria-label={t('followUp.formLabel')}>
      <div className="field">
        <label htmlFor={idOf('date')}>{t('followUp.recordedOn')}</label>
        <input
          id={idOf('date')}
          type="date"
          max={todayInSweden()}
          value={recordedOn}
          onChange={(event) => setRecordedOn(event.target.value)}
          aria-invalid={problem === 'date' || undefined}
          aria-describedby={problem === 'date' ? idOf('problem') : undefined}
        />
      </div>
      <div className="field-row">
        {FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={idOf(field)}>{t(`followUp.${field}`)}</label>
            <select
              id={idOf(field)}
              value={answers[field]}
              onChange={(event) => setAnswers({ ...answers, [field]: event.target.value })}
              aria-invalid={problem === field || undefined}
              aria-describedby={problem === field ? idOf('problem') : undefined}
            >
              <option value="">{t('followUp.choose')}</option>
              {CHOICES[field].map((value) => (
                <option key={value} value={value}>
                  {t(`answers.${field}.${value}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={idOf('notes')}>{t('followUp.notes')}</label>
        <textarea id={idOf('notes')} rows={2} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      {problem && (
        <p id={idOf('problem')} className="field-error">
          {problem === 'date' ? t('followUp.dateProblem') : t('followUp.answerProblem', { field: t(`followUp.${problem}`) })}
        </p>
      )}
      {state.error ? <ErrorMessage error={state.error} /> : null}
      <div className="actions">
        <button type="submit" disabled={state.fetching}>
          {t('followUp.submit')}
        </button>
      </div>
    </form>
  );
}
