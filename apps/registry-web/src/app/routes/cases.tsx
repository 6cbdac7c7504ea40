import { useTranslation } from 'react-i18next';
import { CaseListView } from '../../features/cases/components/case-list-view';
import { usePageTitle } from '../../lib/page-title';

export default function CasesRoute() {
  const { t } = useTranslation('cases');
  usePageTitle(t('list.title'));
  return (
    <>
      <h1>{t('list.title')}</h1>
      <CaseListView />
    </>
  );
}
