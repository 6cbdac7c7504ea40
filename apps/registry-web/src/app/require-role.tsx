import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/page-title';
import { hasAnyRole, type Role } from '../lib/roles';
import { useSignedInSession } from '../lib/session';

function NotForRole() {
  const { t } = useTranslation('common');
  usePageTitle(t('notForRole.title'));
  return (
    <>
      <h1>{t('notForRole.title')}</h1>
      <p>{t('notForRole.text')}</p>
    </>
  );
}

/**
 * Shows a page only to the roles it is for. The API enforces the same and more; this only spares a user
 * a page of FORBIDDEN errors.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSignedInSession();
  return hasAnyRole(session.user.roles, roles) ? <>{children}</> : <NotForRole />;
}
