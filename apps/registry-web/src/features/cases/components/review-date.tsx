import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/formatted-date';
import { dayNumber, todayInSweden } from '../../../lib/dates';

/** An assessment's review date, flagged in words (not colour alone) once it has passed. */
export function ReviewDate({ date }: { date: string }) {
  const { t } = useTranslation('cases');
  const overdue = dayNumber(date) < dayNumber(todayInSweden());
  return (
    <>
      <DateText date={date} />
      {overdue && <span className="stale-badge"> {t('assessment.overdue')}</span>}
    </>
  );
}
