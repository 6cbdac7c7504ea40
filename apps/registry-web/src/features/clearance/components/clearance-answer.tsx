import { useTranslation } from 'react-i18next';

/**
 * The whole answer a municipality gets: the words "Cleared" or "Not cleared", nothing about the case,
 * the household, the reasons or the dates.
 */
export function ClearanceAnswerText({ cleared }: { cleared: boolean }) {
  const { t } = useTranslation('clearance');
  return (
    <p className={`clearance-answer ${cleared ? 'is-cleared' : 'is-not-cleared'}`}>
      {cleared ? t('answer.cleared') : t('answer.notCleared')}
    </p>
  );
}
