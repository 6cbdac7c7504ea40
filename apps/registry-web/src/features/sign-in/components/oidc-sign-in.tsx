import { useTranslation } from 'react-i18next';

/**
 * With an identity provider, /login is the service's: it starts OpenID Connect (code flow with PKCE).
 * A full page load (not an in-app link) so the request reaches the service.
 */
export function OidcSignIn() {
  const { t } = useTranslation('sign-in');
  return (
    <p>
      <a className="button-link primary" href="/login" data-full-load="">
        {t('signIn')}
      </a>
    </p>
  );
}
