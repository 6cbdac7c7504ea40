import { useCallback, useState } from 'react';
import { postJson } from '../../../lib/http';
import type { Role } from '../../../lib/roles';

export interface DevLoginInput {
  role: Role;
  policeRegion?: string;
  municipalityCode?: string;
}

/**
 * Development sign-in (POST /auth/dev-login): the service sets the session cookie; nothing comes back
 * to the page. The service answers 404 when an identity provider is configured.
 */
export function useDevLogin() {
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<unknown>();
  const signIn = useCallback(async (input: DevLoginInput) => {
    setSigningIn(true);
    setError(undefined);
    try {
      await postJson('/auth/dev-login', input);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setSigningIn(false);
    }
  }, []);
  return { signingIn, error, signIn };
}
