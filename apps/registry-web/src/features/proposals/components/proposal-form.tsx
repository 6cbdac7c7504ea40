import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HousingType, type ProposalInput } from '../../../gql/graphql';
import { todayInSweden } from '../../../lib/dates';
import { defaultPeriod, periodProblemsOf, type PeriodProblem } from '../../../lib/planning-period';

const HOUSING_TYPES = Object.values(HousingType);

interface Props {
  caseId: string;
  municipality: { code: string; name: string };
  /** the period the map was checked for, as the form's starting point */
  startDate?: string;
  endDate?: string;
  submitting: boolean;
  onSubmit(input: ProposalInput): void;
  onCancel(): void;
}

/**
 * A proposal for the selected municipality. The API's rules are checked before asking: the period starts
 * today or later and at most 366 days ahead, and lasts at most three years.
 */
export function ProposalForm({ caseId, municipality, startDate, endDate, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('proposals');
  const today = todayInSweden();
  const fallback = defaultPeriod(today);
  const [housingType, setHousingType] = useState<HousingType | ''>('');
  const [start, setStart] = useState(startDate ?? fallback.startDate);
  const [end, setEnd] = useState(endDate ?? fallback.endDate);
  const [problems, setProblems] = useState<PeriodProblem[]>([]);
  const [housingMissing, setHousingMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), housing: useId(), housingError: useId(), start: useId(), end: useId(), period: useId() };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = periodProblemsOf(start, end, today);
    setProblems(found);
    setHousingMissing(housingType === '');
    if (found.length > 0 || housingType === '') return;
    onSubmit({ caseId, municipalityCode: municipality.code, housingType, startDate: start, endDate: end });
  }

  const periodInvalid = problems.length > 0;
  return (
    <section className="proposal-form" aria-labelledby={ids.heading}>
      <h4 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t('form.heading', { name: municipality.name })}
      </h4>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.housing}>{t('form.housingType')}</label>
          <select
            id={ids.housing}
            value={housingType}
            onChange={(event) => setHousingType(event.target.value as HousingType | '')}
            aria-invalid={housingMissing || undefined}
            aria-describedby={housingMissing ? ids.housingError : undefined}
          >
            <option value="">{t('form.chooseHousing')}</option>
            {HOUSING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`common:housing.${type}`)}
              </option>
            ))}
          </select>
          {housingMissing && (
            <p id={ids.housingError} className="field-error">
              {t('form.housingMissing')}
            </p>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.start}>{t('form.startDate')}</label>
            <input
              id={ids.start}
              type="date"
              value={start}
              onChange={(event) => setStart(event.target.value)}
              aria-invalid={periodInvalid || undefined}
              aria-describedby={periodInvalid ? ids.period : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.end}>{t('form.endDate')}</label>
            <input
              id={ids.end}
              type="date"
              value={end}
              onChange={(event) => setEnd(event.target.value)}
              aria-invalid={periodInvalid || undefined}
              aria-describedby={periodInvalid ? ids.period : undefined}
            />
          </div>
        </div>
        <p className="hint">{t('form.periodRule')}</p>
        {periodInvalid && (
          <ul id={ids.period} className="field-error">
            {problems.map((problem) => (
              <li key={problem}>{t(`common:period.${problem}`)}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={submitting}>
            {submitting ? t('form.submitting') : t('form.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
