import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../lib/dates';

/** A calendar date (YYYY-MM-DD) in the reader's language. */
export function DateText({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatDate(date, i18n.language)}</time>;
}

/** An instant, in Swedish time. */
export function DateTimeText({ instant }: { instant: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={instant}>{formatDateTime(instant, i18n.language)}</time>;
}
