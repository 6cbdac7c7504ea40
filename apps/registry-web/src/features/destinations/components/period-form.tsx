import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInSweden } from '../../../lib/dates';
import { defaultPeriod, periodProblemsOf, type PeriodProblem } from '../../../lib/planning-period';

interface Props {
  startDate?: string;
  endDate?: string;
  onChange(period: { startDate: string; endDate: string }): void;
}

/** The period the verdicts hold for (the API's default: today to today + 180 days). */
export function PeriodForm({ startDate, endDate, onChange }: Props) {
  const { t } = useTranslation('destinations');
  const today = todayInSweden();
  const fallback = defaultPeriod(today);
  const [start, setStart] = useState(startDate ?? fallback.startDate);
  const [end, setEnd] = useState(endDate ?? fallback.endDate);
  const [problems, setProblems] = useState<PeriodProblem[]>([]);
  const startId = useId();
  const endId = useId();
  const problemsId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = periodProblemsOf(start, end, today);
    setProblems(found);
    if (found.length === 0) onChange({ startDate: start, endDate: end });
  }

  const invalid = problems.length > 0;
  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label={t('period.label')}>
      <div className="field field-inline">
        <label htmlFor={startId}>{t('period.start')}</label>
        <input
          id={startId}
          type="date"
          value={start}
          onChange={(event) => setStart(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? problemsId : undefined}
        />
      </div>
      <div className="field field-inline">
        <label htmlFor={endId}>{t('period.end')}</label>
        <input
          id={endId}
          type="date"
          value={end}
          onChange={(event) => setEnd(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? problemsId : undefined}
        />
      </div>
      <button type="submit">{t('period.apply')}</button>
      {invalid && (
        <ul id={problemsId} className="field-error">
          {problems.map((problem) => (
            <li key={problem}>{t(`common:period.${problem}`)}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
