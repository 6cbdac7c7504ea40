import { useMemo, useRef, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { AccessPurposeProvider, useAccessPurpose } from '../lib/access-purpose';
import { createGraphqlClient } from '../lib/graphql-client';
import { SessionProvider, useSession } from '../lib/session';

function GraphqlProvider({ csrfToken, children }: { csrfToken?: string; children: ReactNode }) {
  const { purpose } = useAccessPurpose();
  const { sessionLost, touch } = useSession();
  const callbacks = useRef({ sessionLost, touch });
  callbacks.current = { sessionLost, touch };
  // A new client (and an empty cache) for every session and every purpose: nothing read under one is
  // shown under another, and reads after a change of purpose are made, and logged, under the new one.
  const client = useMemo(
    () =>
      createGraphqlClient({
        csrfToken,
        purpose,
        onUnauthenticated: () => callbacks.current.sessionLost(),
        onRequest: () => callbacks.current.touch(),
      }),
    [csrfToken, purpose],
  );
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

function SessionScoped({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const session = state.status === 'ready' && state.session.signedIn ? state.session : undefined;
  const key = session ? `${session.user?.sub}:${session.csrfToken ?? ''}` : 'signed-out';
  return (
    <AccessPurposeProvider key={key} initialPurpose={session?.purpose} csrfToken={session?.csrfToken}>
      <GraphqlProvider csrfToken={session?.csrfToken}>{children}</GraphqlProvider>
    </AccessPurposeProvider>
  );
}

/** Session, purpose and GraphQL client, inside the router (sign-out and expiry navigate). */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <SessionScoped>{children}</SessionScoped>
    </SessionProvider>
  );
}
