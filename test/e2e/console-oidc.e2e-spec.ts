import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  CONSOLE_CLIENT,
  OTHER_CLIENT,
  ProviderBrowser,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../support/test-oidc-provider.js';
import { advanceSessionClock, cookieValue, resetSessionClock, setCookies, type AuditRow } from './console-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

const CONSOLE_ORIGIN = 'http://console.test';
const KEY_CLIENT_ID = 'registry-console-pkjwt';
const QUERY = '{ municipality(code: "1280") { name } }';
const PURPOSE = 'AVH-2026-000042 follow-up';

/** Sign-in with OpenID Connect against a real provider (oidc-provider), over http with OIDC_ALLOW_HTTP=true. */
describe('console sign-in with OpenID Connect', () => {
  let idp: TestOidcProvider;
  let app: TestApp;
  let db: pg.Client;
  let keyFile: string;

  beforeAll(async () => {
    // A second registration of the console that authenticates with private_key_jwt instead of a secret.
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = 'console-key-1';
    keyFile = join(await mkdtemp(join(tmpdir(), 'registry-oidc-key-')), 'client-key.json');
    await writeFile(keyFile, JSON.stringify({ ...(await exportJWK(privateKey)), alg: 'ES256', kid }), { mode: 0o600 });
    idp = await startTestOidcProvider({
      consoleRedirectUri: `${CONSOLE_ORIGIN}/auth/callback`,
      consolePostLogoutUri: `${CONSOLE_ORIGIN}/login`,
      keyClient: { clientId: KEY_CLIENT_ID, jwks: { keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256', kid, use: 'sig' }] } },
    });
    app = await startTestApp({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CONSOLE_CLIENT.id,
      OIDC_CLIENT_SECRET: CONSOLE_CLIENT.secret,
      OIDC_REDIRECT_URI: `${CONSOLE_ORIGIN}/auth/callback`,
      OIDC_ALLOW_HTTP: 'true',
      LOG_LEVEL: 'warn',
    });
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app?.close();
    await idp?.close();
  });
  afterEach(() => resetSessionClock(app));

  async function head(): Promise<number> {
    return Number((await db.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM audit_event')).rows[0]?.seq ?? 0);
  }
  async function eventsSince(seq: number): Promise<AuditRow[]> {
    return (await db.query<AuditRow>(`SELECT * FROM ${AUDIT_EVENT_ROWS} WHERE seq > $1 ORDER BY seq`, [seq])).rows;
  }
  const code = (response: request.Response) => response.body.errors?.[0]?.extensions?.code as string | undefined;
  /** Why the last sign-in was refused, as the server logged it (a class and code, never a value). */
  const lastRefusal = () =>
    app.logs
      .map((line) => (JSON.parse(line) as { msg?: string }).msg ?? '')
      .filter((msg) => msg.startsWith('console sign-in refused'))
      .pop();

  /** GET /login in the console: the provider's authorization URL, with the sign-in cookie in the agent. */
  async function startSignIn(agent: request.Agent): Promise<URL> {
    return (await startSignInWithCookie(agent)).url;
  }
  async function startSignInWithCookie(agent: request.Agent): Promise<{ url: URL; cookie: string }> {
    const response = await agent.get('/login').expect(303);
    expect(response.headers['cache-control']).toBe('no-store');
    const sent = setCookies(response);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^registry_sign_in=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/);
    return { url: new URL(response.headers.location as string), cookie: cookieValue(response, 'registry_sign_in') as string };
  }

  /** The whole sign-in, as a browser would make it; the response of the console's callback. */
  async function signIn(login: string, agent = request.agent(app.http)): Promise<{ agent: request.Agent; callback: request.Response }> {
    const authorization = await startSignIn(agent);
    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, login);
    expect(back.origin + back.pathname).toBe(`${CONSOLE_ORIGIN}/auth/callback`);
    const callback = await agent.get(`/auth/callback${back.search}`);
    return { agent, callback };
  }

  async function csrfOf(agent: request.Agent): Promise<string> {
    const session = await agent.get('/auth/session').expect(200);
    expect(session.body.signedIn).toBe(true);
    return session.body.csrfToken as string;
  }

  it('GET /login starts the authorization code flow with PKCE (S256), state and nonce', async () => {
    const url = await startSignIn(request.agent(app.http));
    expect(url.origin).toBe(idp.issuer);
    const params = url.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe(CONSOLE_CLIENT.id);
    expect(params.get('redirect_uri')).toBe(`${CONSOLE_ORIGIN}/auth/callback`);
    expect(params.get('scope')).toBe('openid');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).not.toBe(params.get('nonce'));
  });

  it('signs in, and the session works for GraphQL as the provider’s subject, audited', async () => {
    const before = await head();
    const { agent, callback } = await signIn('officer-syd');
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/');
    // The session cookie is set, the sign-in cookie cleared; no Secure with OIDC_ALLOW_HTTP=true.
    const session = setCookies(callback).find((line) => line.startsWith('registry_session='));
    expect(session).toMatch(/^registry_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookieValue(callback, 'registry_sign_in')).toBe('');

    const view = await agent.get('/auth/session').expect(200);
    expect(view.body).toMatchObject({
      signedIn: true,
      signInMode: 'oidc',
      user: { sub: 'officer-syd', roles: ['POLICE_REGIONAL'], policeRegion: 'SYD', municipalityCode: null },
      purpose: null,
    });
    expect(JSON.stringify(view.body)).not.toMatch(/eyJ/); // no JWT of any kind
    const response = await agent
      .post('/graphql')
      .set('X-CSRF-Token', view.body.csrfToken)
      .set('X-Access-Purpose', PURPOSE)
      .send({ query: QUERY })
      .expect(200);
    expect(response.body.data.municipality.name).toBe('Malmö');
    const events = await eventsSince(before);
    expect(events.map((e) => [e.action, e.actor, e.resource_id, e.outcome])).toEqual([
      ['console.signIn', 'officer-syd', 'oidc', 'ok'],
      ['municipality', 'officer-syd', null, 'ok'],
    ]);
    expect(events[1]).toMatchObject({ roles: ['POLICE_REGIONAL'], scope: 'SYD', purpose: PURPOSE });
    // Nothing of the provider's tokens is kept.
    const stored = await db.query('SELECT * FROM console_session');
    expect(JSON.stringify(stored.rows)).not.toMatch(/eyJ/);
  });

  it('refuses a callback whose state is not the one sent, and audits the refusal', async () => {
    const agent = request.agent(app.http);
    const authorization = await startSignIn(agent);
    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, 'officer-syd');
    back.searchParams.set('state', randomBytes(32).toString('base64url'));
    const before = await head();
    const callback = await agent.get(`/auth/callback${back.search}`).expect(400);
    expect(callback.text).toContain('Sign-in did not complete');
    expect(lastRefusal()).toBe('console sign-in refused (oidc): ClientError OAUTH_INVALID_RESPONSE');
    expect(cookieValue(callback, 'registry_session')).toBeUndefined();
    expect((await agent.get('/auth/session')).body.signedIn).toBe(false);
    expect((await eventsSince(before)).map((e) => [e.action, e.actor, e.resource_id, e.outcome])).toEqual([
      ['console.signInRefused', 'anonymous', 'oidc', 'denied'],
    ]);
  });

  it('refuses a callback without the browser’s sign-in cookie (another browser’s, or none)', async () => {
    const authorization = await startSignIn(request.agent(app.http));
    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, 'officer-syd');
    await request(app.http).get(`/auth/callback${back.search}`).expect(400);
  });

  it('refuses a replayed code, whatever sign-in cookie comes with it', async () => {
    const agent = request.agent(app.http);
    const { url: authorization, cookie } = await startSignInWithCookie(agent);
    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, 'auditor-oidc');
    await agent.get(`/auth/callback${back.search}`).expect(303);
    // The same answer again, with the same sign-in cookie: it was used once.
    const again = await request(app.http).get(`/auth/callback${back.search}`).set('Cookie', `registry_sign_in=${cookie}`).expect(400);
    expect(cookieValue(again, 'registry_session')).toBeUndefined();
    expect(lastRefusal()).toContain('used already');
    // The code again under a fresh sign-in: its state no longer fits, and the provider would not redeem it.
    const fresh = request.agent(app.http);
    await startSignIn(fresh);
    await fresh.get(`/auth/callback${back.search}`).expect(400);
    expect(lastRefusal()).toContain('OAUTH_INVALID_RESPONSE');
  });

  it('refuses an ID token made for another client (audience), though the provider signed it', async () => {
    const agent = request.agent(app.http);
    const authorization = await startSignIn(agent);
    const nonce = authorization.searchParams.get('nonce') as string;
    // The other client's own sign-in, with the same nonce, for an ID token whose audience is the other client.
    const verifier = randomBytes(32).toString('base64url');
    const other = new URL('/auth', idp.issuer);
    other.search = new URLSearchParams({
      client_id: OTHER_CLIENT.id,
      redirect_uri: OTHER_CLIENT.redirectUri,
      response_type: 'code',
      scope: 'openid',
      nonce,
      state: 'other-state',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    const otherBack = await new ProviderBrowser(idp.issuer).signIn(other.href, 'officer-syd');
    const tokenResponse = await fetch(new URL('/token', idp.issuer), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${OTHER_CLIENT.id}:${OTHER_CLIENT.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: otherBack.searchParams.get('code') as string,
        redirect_uri: OTHER_CLIENT.redirectUri,
        code_verifier: verifier,
      }).toString(),
    });
    const { id_token: foreignIdToken } = (await tokenResponse.json()) as { id_token: string };
    expect(JSON.parse(Buffer.from(foreignIdToken.split('.')[1] as string, 'base64url').toString()).aud).toBe(OTHER_CLIENT.id);

    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, 'officer-syd');
    idp.swapNextIdToken(foreignIdToken);
    const before = await head();
    const callback = await agent.get(`/auth/callback${back.search}`).expect(400);
    expect(cookieValue(callback, 'registry_session')).toBeUndefined();
    expect((await eventsSince(before)).map((e) => e.action)).toEqual(['console.signInRefused']);
    expect(lastRefusal()).toBe('console sign-in refused (oidc): ClientError OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it.each([
    ['no roles', 'no-roles'],
    ['an unknown municipality', 'unknown-municipality'],
    ['POLICE_REGIONAL without a region', 'regional-without-region'],
  ])('refuses an identity with %s, audited under the subject the provider vouched for', async (_name, login) => {
    const before = await head();
    const { agent, callback } = await signIn(login);
    expect(callback.status).toBe(400);
    expect((await agent.get('/auth/session')).body.signedIn).toBe(false);
    expect((await eventsSince(before)).map((e) => [e.action, e.actor, e.outcome])).toEqual([['console.signInRefused', login, 'denied']]);
  });

  it('refuses a sign-in that comes back after ten minutes', async () => {
    const agent = request.agent(app.http);
    const authorization = await startSignIn(agent);
    const back = await new ProviderBrowser(idp.issuer).signIn(authorization.href, 'officer-syd');
    advanceSessionClock(app, 11 * 60_000);
    await agent.get(`/auth/callback${back.search}`).expect(400);
    expect(lastRefusal()).toContain('expired');
  });

  it('an expired session is refused, and a session from the development form is worthless here', async () => {
    const { agent } = await signIn('municipality-1280');
    const csrf = await csrfOf(agent);
    advanceSessionClock(app, 15 * 60_000 + 1000);
    const response = await agent.post('/graphql').set('X-CSRF-Token', csrf).send({ query: QUERY });
    expect(code(response)).toBe('UNAUTHENTICATED');
    expect((await agent.get('/auth/session')).body.signedIn).toBe(false);
    resetSessionClock(app);

    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    await db.query(
      `INSERT INTO console_session (secret_hash, sign_in, sub, roles, created_at, last_seen_at) VALUES ($1, 'development', 'dev-auditor', '{AUDITOR}', $2, $2)`,
      [createHash('sha256').update(secret).digest(), now],
    );
    expect((await request(app.http).get('/auth/session').set('Cookie', `registry_session=${secret}`)).body.signedIn).toBe(false);
    await request(app.http).post('/auth/dev-login').send({ role: 'AUDITOR' }).expect(404);
  });

  it('signs out: the server session ends, and redirectTo is the provider’s end_session_endpoint (RP-initiated)', async () => {
    const { agent } = await signIn('auditor-oidc');
    const csrf = await csrfOf(agent);
    const before = await head();
    const response = await agent.post('/auth/logout').set('X-CSRF-Token', csrf).expect(200);
    const redirectTo = new URL(response.body.redirectTo as string);
    expect(redirectTo.origin + redirectTo.pathname).toBe(`${idp.issuer}/session/end`);
    expect(Object.fromEntries(redirectTo.searchParams)).toEqual({
      client_id: CONSOLE_CLIENT.id,
      post_logout_redirect_uri: `${CONSOLE_ORIGIN}/login`,
    });
    expect(cookieValue(response, 'registry_session')).toBe('');
    expect((await eventsSince(before)).map((e) => [e.action, e.actor])).toEqual([['console.signOut', 'auditor-oidc']]);
    expect((await agent.get('/auth/session')).body.signedIn).toBe(false);
    expect(code(await agent.post('/graphql').set('X-CSRF-Token', csrf).send({ query: QUERY }))).toBe('UNAUTHENTICATED');
    // The provider accepts that sign-out request (it asks the user to confirm).
    expect((await new ProviderBrowser(idp.issuer).get(redirectTo.href)).status).toBe(200);
  });

  it('says at start that OIDC_ALLOW_HTTP is for tests only', () => {
    expect(app.logs.some((line) => line.includes('OIDC_ALLOW_HTTP=true') && line.includes('for tests only'))).toBe(true);
  });

  it('a new sign-in in the same browser ends the session it had', async () => {
    const { agent, callback } = await signIn('officer-syd');
    const first = cookieValue(callback, 'registry_session') as string;
    const again = await signIn('auditor-oidc', agent);
    expect(cookieValue(again.callback, 'registry_session')).not.toBe(first);
    expect((await request(app.http).get('/auth/session').set('Cookie', `registry_session=${first}`)).body.signedIn).toBe(false);
    expect((await agent.get('/auth/session')).body.user.sub).toBe('auditor-oidc');
  });

  it('authenticates to the provider with private_key_jwt (OIDC_CLIENT_PRIVATE_KEY_FILE)', async () => {
    const keyed = await startTestApp({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: KEY_CLIENT_ID,
      OIDC_CLIENT_PRIVATE_KEY_FILE: keyFile,
      OIDC_REDIRECT_URI: `${CONSOLE_ORIGIN}/auth/callback`,
      OIDC_ALLOW_HTTP: 'true',
      LOG_LEVEL: 'silent',
    });
    try {
      const agent = request.agent(keyed.http);
      const login = await agent.get('/login').expect(303);
      const back = await new ProviderBrowser(idp.issuer).signIn(login.headers.location as string, 'auditor-oidc');
      await agent.get(`/auth/callback${back.search}`).expect(303);
      expect((await agent.get('/auth/session')).body.user).toMatchObject({ sub: 'auditor-oidc', roles: ['AUDITOR'] });
    } finally {
      await keyed.close();
    }
  });
});
