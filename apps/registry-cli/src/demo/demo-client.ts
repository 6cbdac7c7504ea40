import type { DevTokenRequest } from '@registry/auth';

/** Makes a token the target service accepts: development tokens from the CLI, a stand-in provider's in tests. */
export type TokenFactory = (request: DevTokenRequest) => Promise<string>;

/** The part of `fetch` the demo uses; tests may pass their own. */
export type Fetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** The service refused one of the demo's requests, or answered something that is not GraphQL. */
export class DemoRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DemoRequestError';
  }
}

export const DEMO_PURPOSE = 'Demo data set-up (invented data)';

function operationName(query: string): string {
  return /\{\s*(\w+)/.exec(query)?.[1] ?? 'request';
}

/** GraphQL over HTTP with a bearer token and an access purpose, failing loudly on the first error. */
export class DemoClient {
  constructor(
    readonly url: string,
    private readonly fetcher: Fetch = fetch as unknown as Fetch,
  ) {}

  async request<T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const operation = operationName(query);
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await this.fetcher(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Access-Purpose': DEMO_PURPOSE },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new DemoRequestError(
        `Nothing answers at ${this.url}: start the service first (npm start), or pass --url / DEMO_URL`,
        'UNREACHABLE',
      );
    }
    let body: GraphqlBody;
    try {
      body = JSON.parse(await response.text()) as GraphqlBody;
    } catch {
      throw new DemoRequestError(
        `${this.url} answered HTTP ${response.status} without GraphQL: is this the registry's /graphql?`,
        'NOT_GRAPHQL',
      );
    }
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? 'UNKNOWN';
      if (code === 'UNAUTHENTICATED') {
        throw new DemoRequestError(
          'The service refused the demo token (UNAUTHENTICATED). The demo signs development tokens with the key under ' +
            'DATA_DIR, so it works only against a development server started without AUTH_* settings and with the ' +
            'same DATA_DIR (default ./data) as the demo.',
          code,
        );
      }
      throw new DemoRequestError(`${operation} was refused: ${code}: ${error.message ?? 'no message'}`, code);
    }
    if (!body.data) throw new DemoRequestError(`${operation} answered no data`, 'NO_DATA');
    return body.data as T;
  }
}
