import { useTranslation } from 'react-i18next';
import { ClearanceCheck } from '../../features/clearance/components/clearance-check';
import { DestinationQuestion } from '../../features/clearance/components/destination-question';
import { usePageTitle } from '../../lib/page-title';

export default function ClearanceRoute() {
  const { t } = useTranslation('clearance');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <div className="card-grid">
        <ClearanceCheck />
        <DestinationQuestion />
      </div>
    </>
  );
}
