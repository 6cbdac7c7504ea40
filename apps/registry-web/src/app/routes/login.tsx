import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Loading } from '../../components/loading';
import { PageLayout } from '../../components/page-layout';
import { SessionUnavailable } from '../../components/session-unavailable';
import { DevLoginForm } from '../../features/sign-in/components/dev-login-form';
import { OidcSignIn } from '../../features/sign-in/components/oidc-sign-in';
import { usePageTitle } from '../../lib/page-title';
import { homePathOf } from '../../lib/roles';
import { useSession, type SignInNotice } from '../../lib/session';

export function LoginRoute() {
  const { t } = useTranslation('sign-in');
  const { state, refresh } = useSession();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: SignInNotice } | null)?.notice;
  usePageTitle(t('title'));

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'ready' && state.session.signedIn && state.session.user)
    return <Navigate to={homePathOf(state.session.user.roles)} replace />;

  return (
    <PageLayout>
      <div className="narrow">
        <h1>{t('title')}</h1>
        {notice && (
          <p role="status" className="notice">
            {t(`notice.${notice}`)}
          </p>
        )}
        {state.status === 'error' ? (
          <SessionUnavailable />
        ) : state.session.signInMode === 'none' ? (
          <p>{t('none.intro')}</p>
        ) : state.session.signInMode === 'oidc' ? (
          <>
            <p>{t('oidc.intro')}</p>
            <OidcSignIn />
          </>
        ) : (
          <>
            <p>{t('dev.intro')}</p>
            <DevLoginForm
              onSignedIn={() =>
                void refresh().then((session) => {
                  if (session?.signedIn && session.user) navigate(homePathOf(session.user.roles), { replace: true });
                })
              }
            />
          </>
        )}
      </div>
    </PageLayout>
  );
}
