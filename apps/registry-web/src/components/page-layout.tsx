import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { navItemsFor, homePathOf, type Role } from '../lib/roles';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from './sign-out-button';

export interface LayoutUser {
  roles: Role[];
  policeRegion: string | null;
  municipalityCode: string | null;
}

interface Props {
  /** absent on the sign-in page */
  user?: LayoutUser;
  /** the current purpose of access and a way to change it */
  purpose?: { text: string | null; onChange(): void };
  children: ReactNode;
}

/** Moves focus to the main region after an in-app navigation, so screen readers start at the new page. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** The frame of every page: skip link, header (banner), navigation, main. */
export function PageLayout({ user, purpose, children }: Props) {
  const { t } = useTranslation('common');
  const main = useFocusMainOnNavigation();
  const items = user ? navItemsFor(user.roles) : [];
  const scope = user ? [user.roles.join(', '), user.policeRegion, user.municipalityCode].filter(Boolean).join(' · ') : undefined;

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header className="site-header">
        <div className="header-top">
          <Link to={user ? homePathOf(user.roles) : '/login'} className="app-name">
            {t('app.name')}
          </Link>
          <div className="header-tools">
            {scope && (
              <p className="signed-in-as">
                <span className="visually-hidden">{t('signedInAs')} </span>
                <code>{scope}</code>
              </p>
            )}
            <LanguageSwitch />
            {user && <SignOutButton />}
          </div>
        </div>
        {items.length > 0 && (
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {items.map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path}>{t(item.labelKey)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {purpose?.text && (
          <div className="purpose-bar">
            <p>
              <span className="purpose-bar-label">{t('purpose.current')}</span> <span className="purpose-bar-text">{purpose.text}</span>
            </p>
            <button type="button" className="link-button" onClick={purpose.onChange}>
              {t('purpose.change')}
            </button>
          </div>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
