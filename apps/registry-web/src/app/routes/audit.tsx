import { useTranslation } from 'react-i18next';
import { AuditView } from '../../features/audit/components/audit-view';
import { RetentionPreviewSection } from '../../features/retention/components/retention-preview-section';
import { usePageTitle } from '../../lib/page-title';

export default function AuditRoute() {
  const { t } = useTranslation('audit');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <RetentionPreviewSection />
      <AuditView />
    </>
  );
}
