import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/page-title';

export function NotFoundRoute() {
  const { t } = useTranslation('common');
  usePageTitle(t('notFoundPage.title'));
  return (
    <>
      <h1>{t('notFoundPage.title')}</h1>
      <p>{t('notFoundPage.text')}</p>
      <p>
        <Link to="/">{t('notFoundPage.home')}</Link>
      </p>
    </>
  );
}
