import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session';
import { ErrorMessage } from './error-message';

/** Ends the server session; the browser then loads the page the server names (the sign-in page). */
export function SignOutButton() {
  const { t } = useTranslation('common');
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function click() {
    setBusy(true);
    setError(undefined);
    try {
      await signOut();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="sign-out" onClick={click} disabled={busy}>
        {t('signOut')}
      </button>
      {error !== undefined && <ErrorMessage error={error} />}
    </>
  );
}
