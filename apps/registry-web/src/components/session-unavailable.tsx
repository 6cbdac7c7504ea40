import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session';

/** GET /auth/session failed: say so plainly and offer to try again (no guessing at a signed-in state). */
export function SessionUnavailable() {
  const { t } = useTranslation('common');
  const { refresh } = useSession();
  return (
    <div role="alert" className="error-message">
      <p>{t('session.unavailable')}</p>
      <p>
        <button type="button" onClick={() => void refresh()}>
          {t('session.retry')}
        </button>
      </p>
    </div>
  );
}
