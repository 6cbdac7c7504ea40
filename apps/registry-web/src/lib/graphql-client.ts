import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { errorKindOf } from './errors';
import { purposeHeaderValue } from './access-purpose';

export interface GraphqlClientOptions {
  csrfToken?: string;
  purpose?: string | null;
  /** the server no longer knows the session (expired, signed out elsewhere) */
  onUnauthenticated(): void;
  /** a request went out: the server's idle clock restarts */
  onRequest?(): void;
}

/**
 * One client per session and purpose, so nothing read under one user or purpose is shown under another.
 * No token in JS: the session cookie goes by itself (same origin), with the CSRF token and the purpose
 * as headers. Always POST: the API refuses GET and form posts (Apollo's CSRF prevention).
 */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: () => {
      options.onRequest?.();
      const headers: Record<string, string> = {};
      if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
      if (options.purpose) headers['X-Access-Purpose'] = purposeHeaderValue(options.purpose);
      return { credentials: 'same-origin', cache: 'no-store', headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (errorKindOf(error) === 'UNAUTHENTICATED') options.onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
