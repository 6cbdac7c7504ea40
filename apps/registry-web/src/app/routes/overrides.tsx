import { useTranslation } from 'react-i18next';
import { OverridesView } from '../../features/overrides/components/overrides-view';
import { usePageTitle } from '../../lib/page-title';

export default function OverridesRoute() {
  const { t } = useTranslation('overrides');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <OverridesView />
    </>
  );
}
