import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  advanceSessionClock,
  consoleGraphql,
  cookieValue,
  devSignIn,
  fakeConsoleBuild,
  resetSessionClock,
  setCookies,
  type AuditRow,
} from './console-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

const QUERY = '{ municipality(code: "1280") { name } }';
const PURPOSE = 'AVH-2026-000042 follow-up';
const MINUTE = 60_000;

/** The console's sessions in development mode: the sign-in form, the cookie, CSRF, origins and timeouts. */
describe('console sessions (development sign-in)', () => {
  let app: TestApp;
  let db: pg.Client;

  beforeAll(async () => {
    app = await startTestApp({ CONSOLE_DIST_DIR: await fakeConsoleBuild(), LOG_LEVEL: 'silent' });
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });
  afterEach(() => resetSessionClock(app));

  async function eventsSince(seq: number): Promise<AuditRow[]> {
    return (await db.query<AuditRow>(`SELECT * FROM ${AUDIT_EVENT_ROWS} WHERE seq > $1 ORDER BY seq`, [seq])).rows;
  }
  async function head(): Promise<number> {
    return Number((await db.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM audit_event')).rows[0]?.seq ?? 0);
  }
  async function sessionRows(): Promise<number> {
    return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM console_session')).rows[0]?.n);
  }
  const code = (response: request.Response) => response.body.errors?.[0]?.extensions?.code as string | undefined;

  it('signs in with the form: one cookie, HttpOnly, SameSite=Strict, Path=/, no Secure in development, no lifetime', async () => {
    const before = await head();
    const response = await request(app.http)
      .post('/auth/dev-login')
      .send({ role: 'POLICE_REGIONAL', policeRegion: 'SYD', municipalityCode: '' })
      .expect(204);
    const cookies = setCookies(response);
    expect(cookies).toHaveLength(1);
    const attributes = cookies[0]!.split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(/^registry_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(response.headers['cache-control']).toBe('no-store');
    const events = await eventsSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'dev-police_regional-syd',
      roles: ['POLICE_REGIONAL'],
      scope: 'SYD',
      action: 'console.signIn',
      resource_type: 'console',
      resource_id: 'development',
      outcome: 'ok',
    });
    expect(JSON.stringify(events[0])).not.toContain(cookieValue(response, 'registry_session'));
  });

  it('stores only the hash of the session secret', async () => {
    const user = await devSignIn(app.http, { role: 'AUDITOR' });
    const rows = await db.query<{ secret_hash: Buffer }>('SELECT secret_hash FROM console_session');
    const stored = rows.rows.map((row) => row.secret_hash.toString('hex'));
    expect(stored.some((hash) => hash.includes(Buffer.from(user.cookie).toString('hex')))).toBe(false);
    const { createHash } = await import('node:crypto');
    expect(stored).toContain(createHash('sha256').update(user.cookie).digest('hex'));
  });

  it('GET /auth/session says who is signed in, with the CSRF token, and never a token or the cookie', async () => {
    const anonymous = await request(app.http).get('/auth/session').expect(200);
    expect(anonymous.body).toEqual({ signedIn: false, signInMode: 'development', idleTimeoutSeconds: 900 });
    expect(anonymous.headers['cache-control']).toBe('no-store');
    expect(anonymous.headers['content-type']).toMatch(/^application\/json/);

    const user = await devSignIn(app.http, { role: 'MUNICIPALITY', municipalityCode: '1280', policeRegion: 'SYD' });
    const response = await user.agent.get('/auth/session').expect(200);
    expect(response.body).toEqual({
      signedIn: true,
      signInMode: 'development',
      user: { sub: 'dev-municipality-1280', roles: ['MUNICIPALITY'], policeRegion: null, municipalityCode: '1280' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      purpose: null,
      idleTimeoutSeconds: 900,
    });
    expect(response.body.csrfToken).not.toBe(user.cookie);
    expect(JSON.stringify(response.body)).not.toContain(user.cookie);
  });

  it('accepts the form encoded as an HTML form posts it, and answers 303 to /', async () => {
    const agent = request.agent(app.http);
    const response = await agent
      .post('/auth/dev-login')
      .type('form')
      .send({ role: 'POLICE_NATIONAL', policeRegion: 'SYD', municipalityCode: '' })
      .expect(303);
    expect(response.headers.location).toBe('/');
    expect(cookieValue(response, 'registry_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await agent.get('/auth/session')).body.user.sub).toBe('dev-police_national');
  });

  it.each([
    ['an unknown role', { role: 'ADMIN' }, 'role must be one of'],
    ['a regional officer without a region', { role: 'POLICE_REGIONAL' }, 'policeRegion must be one of'],
    ['an unknown region', { role: 'POLICE_REGIONAL', policeRegion: '<script>alert(1)</script>' }, 'policeRegion must be one of'],
    ['an unknown municipality', { role: 'MUNICIPALITY', municipalityCode: '9999' }, 'municipalityCode must be a known'],
    ['no body at all', undefined, 'role must be one of'],
  ])('refuses %s with 400, a message that echoes nothing, no cookie, and audits it', async (_name, body, message) => {
    const before = await head();
    const req = request(app.http).post('/auth/dev-login');
    const response = await (body ? req.send(body) : req).expect(400);
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toContain(message);
    for (const value of Object.values(body ?? {}))
      if (value !== 'POLICE_REGIONAL' && value !== 'MUNICIPALITY') expect(response.text).not.toContain(value);
    expect(setCookies(response)).toHaveLength(0);
    const events = await eventsSince(before);
    expect(events.map((e) => [e.action, e.actor, e.outcome])).toEqual([['console.signInRefused', 'anonymous', 'denied']]);
  });

  it('refuses a sign-in posted from another origin (login CSRF)', async () => {
    const response = await request(app.http)
      .post('/auth/dev-login')
      .set('Origin', 'https://evil.example')
      .send({ role: 'AUDITOR' })
      .expect(403);
    expect(code(response)).toBe('FORBIDDEN');
    expect(setCookies(response)).toHaveLength(0);
  });

  it('a GraphQL query with the cookie, the CSRF token and a purpose works, audited under the session sub', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'SYD' });
    const before = await head();
    const response = await consoleGraphql(user, QUERY, { purpose: PURPOSE }).expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.municipality.name).toBe('Malmö');
    expect(response.headers['cache-control']).toBe('no-store');
    const events = await eventsSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'dev-police_regional-syd',
      roles: ['POLICE_REGIONAL'],
      scope: 'SYD',
      action: 'municipality',
      purpose: PURPOSE,
      outcome: 'ok',
    });
  });

  it('an operation that needs a purpose is refused without X-Access-Purpose, as for API clients', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_NATIONAL' });
    const response = await consoleGraphql(user, '{ networks { id } }');
    expect(code(response)).toBe('PURPOSE_REQUIRED');
    const ok = await consoleGraphql(user, '{ networks { id } }', { purpose: PURPOSE });
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses a cookie-authenticated POST /graphql without the X-CSRF-Token, or with a wrong one, and audits it', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'SYD' });
    const other = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'SYD' });
    const before = await head();
    for (const csrf of [null, '', 'x'.repeat(43), other.csrf]) {
      const response = await consoleGraphql(user, QUERY, { purpose: PURPOSE, csrf });
      expect(response.body.data?.municipality ?? null).toBeNull();
      expect(code(response)).toBe('UNAUTHENTICATED');
      expect(response.body.errors[0].message).toContain('X-CSRF-Token');
    }
    const events = await eventsSince(before);
    expect(events.map((e) => [e.action, e.actor, e.outcome, e.resource_id])).toEqual(
      Array.from({ length: 4 }, () => ['auth.denied', 'anonymous', 'denied', 'municipality']),
    );
    // GraphQL over GET (which Apollo answers only with a preflight header) needs it too.
    const get = await user.agent
      .get('/graphql')
      .query({ query: QUERY })
      .set('Apollo-Require-Preflight', 'true')
      .set('X-Access-Purpose', PURPOSE);
    expect(code(get)).toBe('UNAUTHENTICATED');
    const getWithToken = await user.agent
      .get('/graphql')
      .query({ query: QUERY })
      .set('Apollo-Require-Preflight', 'true')
      .set('X-CSRF-Token', user.csrf);
    expect(getWithToken.body.data.municipality.name).toBe('Malmö');
    // The session itself is unharmed: the console with its token goes on.
    expect((await consoleGraphql(user, QUERY, { purpose: PURPOSE })).body.errors).toBeUndefined();
  });

  it("refuses a cookie-authenticated request from another origin, and takes one from the service's own", async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'SYD' });
    const foreignHeaders: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of foreignHeaders) {
      const response = await consoleGraphql(user, QUERY, { purpose: PURPOSE, headers });
      expect(code(response)).toBe('UNAUTHENTICATED');
    }
    const own = { Host: 'registry.test:3000', Origin: 'http://registry.test:3000', 'Sec-Fetch-Site': 'same-origin' };
    expect((await consoleGraphql(user, QUERY, { purpose: PURPOSE, headers: own })).body.errors).toBeUndefined();
    const otherPort = { ...own, Origin: 'http://registry.test:3001' };
    expect(code(await consoleGraphql(user, QUERY, { purpose: PURPOSE, headers: otherPort }))).toBe('UNAUTHENTICATED');
    // GET /auth/session from another origin does not see the session either.
    const foreign = await user.agent.get('/auth/session').set('Origin', 'https://evil.example');
    expect(foreign.body.signedIn).toBe(false);
  });

  it('with both a bearer token and the cookie, the bearer token decides', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'SYD' });
    const token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'bearer-officer' });
    const before = await head();
    // No CSRF token needed: a bearer token is not something a browser sends by itself.
    const response = await consoleGraphql(user, QUERY, { csrf: null, headers: { Authorization: `Bearer ${token}` } });
    expect(response.body.errors).toBeUndefined();
    expect((await eventsSince(before)).map((e) => e.actor)).toEqual(['bearer-officer']);
    const bad = await consoleGraphql(user, QUERY, { headers: { Authorization: 'Bearer not-a-token' } });
    expect(code(bad)).toBe('UNAUTHENTICATED');
  });

  it('session fixation: a new secret at every sign-in, and the session the browser presented is deleted', async () => {
    // A value planted before sign-in (e.g. by a sibling subdomain) is not what the session becomes.
    const planted = 'A'.repeat(43);
    const first = await request(app.http)
      .post('/auth/dev-login')
      .set('Cookie', `registry_session=${planted}`)
      .send({ role: 'AUDITOR' })
      .expect(204);
    const firstCookie = cookieValue(first, 'registry_session') as string;
    expect(firstCookie).not.toBe(planted);

    const rowsBefore = await sessionRows();
    const second = await request(app.http)
      .post('/auth/dev-login')
      .set('Cookie', `registry_session=${firstCookie}`)
      .send({ role: 'POLICE_NATIONAL' })
      .expect(204);
    const secondCookie = cookieValue(second, 'registry_session') as string;
    expect(secondCookie).not.toBe(firstCookie);
    expect(await sessionRows()).toBe(rowsBefore);
    const old = await request(app.http)
      .post('/graphql')
      .set('Cookie', `registry_session=${firstCookie}`)
      .set('Content-Type', 'application/json')
      .send({ query: QUERY });
    expect(code(old)).toBe('UNAUTHENTICATED');
    expect((await request(app.http).get('/auth/session').set('Cookie', `registry_session=${firstCookie}`)).body.signedIn).toBe(false);
    expect((await request(app.http).get('/auth/session').set('Cookie', `registry_session=${secondCookie}`)).body.user.sub).toBe(
      'dev-police_national',
    );
  });

  it('an unknown or malformed session cookie is UNAUTHENTICATED and cleared', async () => {
    for (const value of ['B'.repeat(43), 'short', '']) {
      const response = await request(app.http)
        .post('/graphql')
        .set('Cookie', `registry_session=${value}`)
        .set('Content-Type', 'application/json')
        .send({ query: QUERY });
      expect(code(response)).toBe('UNAUTHENTICATED');
      expect(response.body.errors[0].message).toContain('sign in again');
      expect(cookieValue(response, 'registry_session')).toBe('');
    }
  });

  it('ends after 15 minutes without a request; activity keeps it going', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_NATIONAL' });
    advanceSessionClock(app, 14 * MINUTE);
    expect((await consoleGraphql(user, QUERY)).body.errors).toBeUndefined();
    advanceSessionClock(app, 14 * MINUTE);
    expect((await consoleGraphql(user, QUERY)).body.errors).toBeUndefined();
    // Reading the session is not activity.
    advanceSessionClock(app, 10 * MINUTE);
    expect((await user.agent.get('/auth/session')).body.signedIn).toBe(true);
    advanceSessionClock(app, 5 * MINUTE + 1000);
    const idle = await consoleGraphql(user, QUERY);
    expect(code(idle)).toBe('UNAUTHENTICATED');
    expect((await user.agent.get('/auth/session')).body.signedIn).toBe(false);
    const hash = (await import('node:crypto')).createHash('sha256').update(user.cookie).digest();
    expect((await db.query('SELECT 1 FROM console_session WHERE secret_hash = $1', [hash])).rowCount).toBe(0);
  });

  it('ends 8 hours after sign-in however active it is', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_NATIONAL' });
    for (let minutes = 10; minutes < 8 * 60; minutes += 10) {
      advanceSessionClock(app, 10 * MINUTE);
      if (minutes % 120 === 0) expect((await consoleGraphql(user, QUERY)).body.errors).toBeUndefined();
      else await consoleGraphql(user, QUERY).expect(200);
    }
    advanceSessionClock(app, 10 * MINUTE);
    expect(code(await consoleGraphql(user, QUERY))).toBe('UNAUTHENTICATED');
  });

  it('sign-out needs the CSRF token, ends the server session, clears the cookie, and is audited', async () => {
    const user = await devSignIn(app.http, { role: 'POLICE_REGIONAL', policeRegion: 'VAST' });
    const before = await head();
    const forged = await user.agent.post('/auth/logout').expect(401);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await consoleGraphql(user, QUERY)).body.errors).toBeUndefined();

    const response = await user.agent.post('/auth/logout').set('X-CSRF-Token', user.csrf).expect(200);
    expect(response.body).toEqual({ redirectTo: '/login' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(cookieValue(response, 'registry_session')).toBe('');
    const events = await eventsSince(before);
    expect(events.map((e) => [e.action, e.actor, e.outcome])).toEqual([
      ['auth.denied', 'anonymous', 'denied'],
      ['municipality', 'dev-police_regional-vast', 'ok'],
      ['console.signOut', 'dev-police_regional-vast', 'ok'],
    ]);
    expect(events[0]).toMatchObject({ resource_type: 'operation', resource_id: 'console.signOut' });
    // The old cookie, presented again, no longer works.
    const replay = await request(app.http)
      .post('/graphql')
      .set('Cookie', `registry_session=${user.cookie}`)
      .set('X-CSRF-Token', user.csrf)
      .set('Content-Type', 'application/json')
      .send({ query: QUERY });
    expect(code(replay)).toBe('UNAUTHENTICATED');
  });

  it('POST /auth/purpose stores the purpose by the header rule, needs the CSRF token, and GET /auth/session shows it', async () => {
    const user = await devSignIn(app.http, { role: 'AUDITOR' });
    await user.agent.post('/auth/purpose').send({ purpose: PURPOSE }).expect(401);
    const stored = await user.agent
      .post('/auth/purpose')
      .set('X-CSRF-Token', user.csrf)
      .send({ purpose: `  ${PURPOSE} ` })
      .expect(200);
    expect(stored.body).toEqual({ purpose: PURPOSE });
    expect((await user.agent.get('/auth/session')).body.purpose).toBe(PURPOSE);
    for (const bad of ['ab', 'x'.repeat(201), '\u200B\u200B\u200B', 'AVH-\u202E2026', 42]) {
      const refused = await user.agent.post('/auth/purpose').set('X-CSRF-Token', user.csrf).send({ purpose: bad }).expect(400);
      expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    await user.agent.post('/auth/purpose').set('X-CSRF-Token', user.csrf).send({ purpose: null }).expect(200);
    expect((await user.agent.get('/auth/session')).body.purpose).toBeNull();
    // A bearer-token caller has no session to keep one in.
    const token = await app.idp.sign({ roles: ['AUDITOR'] });
    const bearer = await request(app.http)
      .post('/auth/purpose')
      .set('Authorization', `Bearer ${token}`)
      .send({ purpose: PURPOSE })
      .expect(403);
    expect(bearer.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
