import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { HttpError } from './errors';
import { getJson, postJson } from './http';
import { isRole, type Role } from './roles';

/** `none`: a production service without an identity provider for the console (API clients only). */
export type SignInMode = 'development' | 'oidc' | 'none';

export interface SessionUser {
  sub: string;
  roles: Role[];
  policeRegion: string | null;
  municipalityCode: string | null;
}

/** GET /auth/session: the server's view of this browser's session. */
export interface Session {
  signedIn: boolean;
  signInMode: SignInMode;
  user?: SessionUser;
  csrfToken?: string;
  purpose?: string;
  idleTimeoutSeconds: number;
}

export type SessionState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; session: Session };

/** Why the user lands on the sign-in page (router state, never the URL). */
export type SignInNotice = 'sessionEnded' | 'signedOut';

interface SessionContextValue {
  state: SessionState;
  refresh(): Promise<Session | undefined>;
  signOut(): Promise<void>;
  /** the server refused the session (UNAUTHENTICATED): check, and go to the sign-in page if it is gone */
  sessionLost(): void;
  /** a request went out; restarts the idle clock */
  touch(): void;
}

const Context = createContext<SessionContextValue | null>(null);
const DEFAULT_IDLE_SECONDS = 15 * 60;

/** Reads the answer defensively: what is not understood is treated as signed out. */
export function parseSession(body: unknown): Session {
  const value = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const user = typeof value.user === 'object' && value.user !== null ? (value.user as Record<string, unknown>) : undefined;
  const roles = Array.isArray(user?.roles) ? user.roles.filter(isRole) : [];
  const signedIn = value.signedIn === true && user !== undefined && roles.length > 0;
  return {
    signedIn,
    signInMode: value.signInMode === 'oidc' || value.signInMode === 'none' ? value.signInMode : 'development',
    user: signedIn
      ? {
          sub: String(user.sub ?? ''),
          roles,
          policeRegion: typeof user.policeRegion === 'string' ? user.policeRegion : null,
          municipalityCode: typeof user.municipalityCode === 'string' ? user.municipalityCode : null,
        }
      : undefined,
    csrfToken: typeof value.csrfToken === 'string' ? value.csrfToken : undefined,
    purpose: typeof value.purpose === 'string' && value.purpose.length > 0 ? value.purpose : undefined,
    idleTimeoutSeconds:
      typeof value.idleTimeoutSeconds === 'number' && value.idleTimeoutSeconds > 0 ? value.idleTimeoutSeconds : DEFAULT_IDLE_SECONDS,
  };
}

/** Where sign-out may send the browser: a path here, or the identity provider's http(s) end-session page. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string') return '/login';
  if (target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')) return target;
  try {
    const url = new URL(target);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // not a URL
  }
  return '/login';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const navigate = useNavigate();
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idleSeconds = state.status === 'ready' && state.session.signedIn ? state.session.idleTimeoutSeconds : undefined;

  const refresh = useCallback(async () => {
    try {
      const session = parseSession(await getJson('/auth/session'));
      setState({ status: 'ready', session });
      return session;
    } catch (error) {
      setState({ status: 'error', error });
      return undefined;
    }
  }, []);

  const sessionLost = useCallback(() => {
    void refresh().then((session) => {
      if (session && !session.signedIn) navigate('/login', { replace: true, state: { notice: 'sessionEnded' satisfies SignInNotice } });
    });
  }, [refresh, navigate]);

  // The server ends an idle session on its own; when its clock has run out, ask, and say so if it has.
  const touch = useCallback(() => {
    if (idleSeconds === undefined) return;
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(sessionLost, idleSeconds * 1000 + 5000);
  }, [idleSeconds, sessionLost]);

  useEffect(() => {
    touch();
    return () => clearTimeout(idleTimer.current);
  }, [touch]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    const csrfToken = state.status === 'ready' ? state.session.csrfToken : undefined;
    try {
      const response = await postJson('/auth/logout', undefined, csrfToken);
      const body = (await response.json().catch(() => ({}))) as { redirectTo?: unknown };
      // A full page load: every byte read in this session leaves memory with it.
      window.location.assign(safeRedirect(body.redirectTo));
    } catch (error) {
      // Already signed out on the server: nothing to end.
      if (error instanceof HttpError && error.status === 401) {
        window.location.assign('/login');
        return;
      }
      throw error;
    }
  }, [state]);

  const value = useMemo<SessionContextValue>(
    () => ({ state, refresh, signOut, sessionLost, touch }),
    [state, refresh, signOut, sessionLost, touch],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session; only under a route that requires one. */
export function useSignedInSession(): Session & { user: SessionUser } {
  const { state } = useSession();
  if (state.status !== 'ready' || !state.session.signedIn || !state.session.user) throw new Error('no signed-in session');
  return state.session as Session & { user: SessionUser };
}
