import { useTranslation } from 'react-i18next';
import { StatisticsView } from '../../features/statistics/components/statistics-view';
import { usePageTitle } from '../../lib/page-title';

export default function StatisticsRoute() {
  const { t } = useTranslation('statistics');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <StatisticsView />
    </>
  );
}
