import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** Accounts of the test provider, by the login typed into its form, with the contract's claims. */
export const OIDC_ACCOUNTS: Record<string, Record<string, unknown>> = {
  'officer-syd': { roles: ['POLICE_REGIONAL'], police_region: 'SYD' },
  'auditor-oidc': { roles: ['AUDITOR'] },
  'municipality-1280': { roles: ['MUNICIPALITY'], municipality_code: '1280' },
  'no-roles': {},
  'unknown-municipality': { roles: ['MUNICIPALITY'], municipality_code: '9999' },
  'regional-without-region': { roles: ['POLICE_REGIONAL'] },
};

export const CONSOLE_CLIENT = { id: 'registry-console', secret: 'console-secret-for-tests-only-0123456789' };
export const OTHER_CLIENT = { id: 'other-app', secret: 'other-secret-for-tests-only-0123456789', redirectUri: 'http://other.test/cb' };

export interface TestOidcProvider {
  issuer: string;
  provider: Provider;
  /** Replaces the id_token of the next token response with this one (an ID token made for someone else). */
  swapNextIdToken(idToken: string): void;
  close(): Promise<void>;
}

export interface TestOidcProviderOptions {
  /** the console's redirect URI and post-logout redirect URI */
  consoleRedirectUri: string;
  consolePostLogoutUri: string;
  /** a client that authenticates with private_key_jwt (ES256), its public keys published by the provider's server */
  keyClient?: { clientId: string; jwks: { keys: Record<string, unknown>[] } };
}

/** Where the key client's public keys are served: by jwks_uri, since inline client metadata is structuredClone'd
 * by oidc-provider into another realm than jest's, where its plain-object check refuses the keys. */
const KEY_CLIENT_JWKS_PATH = '/test-key-client/jwks.json';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 over http: PKCE required, the contract's
 * claims released in the ID token under the openid scope, consent granted by itself (first-party clients),
 * and its development login form, which signs in whoever's login is typed.
 */
export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((request, response) => {
    if (options.keyClient && request.url === KEY_CLIENT_JWKS_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(options.keyClient.jwks));
      return;
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let swap: string | undefined;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CONSOLE_CLIENT.id,
        client_secret: CONSOLE_CLIENT.secret,
        redirect_uris: [options.consoleRedirectUri],
        post_logout_redirect_uris: [options.consolePostLogoutUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: OTHER_CLIENT.id,
        client_secret: OTHER_CLIENT.secret,
        redirect_uris: [OTHER_CLIENT.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      ...(options.keyClient
        ? [
            {
              client_id: options.keyClient.clientId,
              redirect_uris: [options.consoleRedirectUri],
              response_types: ['code'],
              grant_types: ['authorization_code'],
              token_endpoint_auth_method: 'private_key_jwt',
              token_endpoint_auth_signing_alg: 'ES256',
              jwks_uri: `${issuer}${KEY_CLIENT_JWKS_PATH}`,
            },
          ]
        : []),
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub', 'roles', 'police_region', 'municipality_code'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['test-oidc-provider-cookie-key'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx, id) {
      const claims = OIDC_ACCOUNTS[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    // First-party clients: the user is not asked to consent.
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid');
      grant.addOIDCClaims(['sub', 'roles', 'police_region', 'municipality_code']);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    if (swap && ctx.path === '/token' && ctx.status === 200) {
      (ctx.body as { id_token?: string }).id_token = swap;
      swap = undefined;
    }
  });
  handler = provider.callback();
  return {
    issuer,
    provider,
    swapNextIdToken(idToken) {
      swap = idToken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser at the provider: keeps the provider's cookies and follows its redirects until they leave it
 * (for the redirect URI of a client), signing in at the development login form with `login`.
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  /** Follows `url` at the provider; the first URL outside it (a client's redirect URI with code and state). */
  async signIn(url: string, login: string): Promise<URL> {
    let next = new URL(url);
    for (let hops = 0; hops < 20; hops += 1) {
      if (next.origin !== this.issuer) return next;
      const response = await this.fetch(next, { method: 'GET' });
      const location = response.headers.get('location');
      if (location) {
        next = new URL(location, next);
        continue;
      }
      const html = await response.text();
      if (response.status !== 200 || !html.includes('name="prompt" value="login"')) {
        const said = /error_description : ([^<]*)/.exec(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '))?.[1]?.slice(0, 200) ?? '';
        throw new Error(`unexpected provider page ${response.status} at ${next.pathname} ${said}`);
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] as string;
      const submitted = await this.fetch(new URL(action, next), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
      next = new URL(submitted.headers.get('location') as string, next);
    }
    throw new Error('too many redirects at the provider');
  }

  async get(url: string): Promise<Response> {
    return this.fetch(new URL(url), { method: 'GET' });
  }

  private async fetch(url: URL, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), ...(cookie ? { Cookie: cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, index);
      const value = (pair ?? '').slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
