import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacementEndReason } from '../../../gql/graphql';
import { dayNumber, isIsoDate, todayInSweden } from '../../../lib/dates';

const REASONS = Object.values(PlacementEndReason);

interface Props {
  municipalityName: string;
  /** the placement's start: it cannot end before it began */
  startDate: string;
  submitting: boolean;
  onSubmit(endedOn: string, reason: PlacementEndReason): void;
  onCancel(): void;
}

export function EndPlacementForm({ municipalityName, startDate, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('proposals');
  const today = todayInSweden();
  const [endedOn, setEndedOn] = useState(dayNumber(startDate) > dayNumber(today) ? startDate : today);
  const [reason, setReason] = useState<PlacementEndReason | ''>('');
  const [problem, setProblem] = useState<'date' | 'reason' | null>(null);
  const ids = { date: useId(), reason: useId(), problem: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(endedOn) || dayNumber(endedOn) < dayNumber(startDate)) return setProblem('date');
    if (reason === '') return setProblem('reason');
    setProblem(null);
    onSubmit(endedOn, reason);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('placements.endFormLabel', { name: municipalityName })}>
      <div className="field">
        <label htmlFor={ids.date}>{t('placements.endedOn')}</label>
        <input
          id={ids.date}
          type="date"
          min={startDate}
          value={endedOn}
          onChange={(event) => setEndedOn(event.target.value)}
          aria-invalid={problem === 'date' || undefined}
          aria-describedby={problem === 'date' ? ids.problem : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>{t('placements.reason')}</label>
        <select
          id={ids.reason}
          value={reason}
          onChange={(event) => setReason(event.target.value as PlacementEndReason | '')}
          aria-invalid={problem === 'reason' || undefined}
          aria-describedby={problem === 'reason' ? ids.problem : undefined}
        >
          <option value="">{t('placements.chooseReason')}</option>
          {REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`placements.reasons.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p id={ids.problem} className="field-error">
          {t(problem === 'date' ? 'placements.dateProblem' : 'placements.reasonProblem')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="danger" disabled={submitting}>
          {t('placements.confirmEnd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
