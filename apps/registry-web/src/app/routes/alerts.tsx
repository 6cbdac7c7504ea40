import { useTranslation } from 'react-i18next';
import { AlertsView } from '../../features/alerts/components/alerts-view';
import { BreachReviewsSection } from '../../features/conditions/components/breach-reviews-section';
import { BreakGlassNotifications } from '../../features/teams/components/break-glass-notifications';
import { usePageTitle } from '../../lib/page-title';

export default function AlertsRoute() {
  const { t } = useTranslation('alerts');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <AlertsView />
      <BreachReviewsSection />
      <BreakGlassNotifications />
    </>
  );
}
