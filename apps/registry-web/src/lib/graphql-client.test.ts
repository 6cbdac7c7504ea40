import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql';
import { createGraphqlClient } from './graphql-client';

const Query = graphql(`
  query MunicipalityNames {
    municipalities {
      code
      name
    }
  }
`);

afterEach(() => vi.unstubAllGlobals());

describe('GraphQL client', () => {
  it('posts to its own origin with the session cookie, the CSRF token and the purpose, and no token', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ data: { municipalities: [] } }), { headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onRequest = vi.fn();
    const client = createGraphqlClient({ csrfToken: 'csrf-1', purpose: 'uppföljning', onUnauthenticated: vi.fn(), onRequest });
    const result = await client.query(Query, {}).toPromise();
    expect(result.data).toEqual({ municipalities: [] });

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const headers = new Headers(init.headers);
    expect(headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(headers.get('X-Access-Purpose')).toBe('uppf\u00c3\u00b6ljning');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.has('Authorization')).toBe(false);
    expect(onRequest).toHaveBeenCalled();
  });

  it('reports a lost session', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const onUnauthenticated = vi.fn();
    const client = createGraphqlClient({ csrfToken: 'c', purpose: 'p-1', onUnauthenticated });
    await client.query(Query, {}).toPromise();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
