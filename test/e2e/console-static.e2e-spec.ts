import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ASSET_NAME, fakeConsoleBuild, INDEX_HTML } from './console-support.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'";

function expectSecurityHeaders(response: request.Response): void {
  expect(response.headers['content-security-policy']).toBe(CSP);
  expect(response.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-powered-by']).toBeUndefined();
}

/** The built console served at /, with the headers every response carries. */
describe('console pages and security headers', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ CONSOLE_DIST_DIR: await fakeConsoleBuild(), LOG_LEVEL: 'silent' });
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] });
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves index.html at / with the CSP and the other security headers, never cached', async () => {
    const response = await request(app.http).get('/').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response);
  });

  it.each([
    '/login',
    '/cases',
    '/cases/6f1c2a5e-8d7b-4c1e-9a2f-0b3c4d5e6f70',
    '/alerts',
    '/overrides',
    '/statistics',
    '/clearance',
    '/audit',
    '/cases/',
  ])('answers the client route %s with index.html', async (path) => {
    const response = await request(app.http).get(path).expect(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each(['/nope', '/cases/1/extra', '/auth/nope', '/index.htm', '/assets/missing.js', '/.env'])(
    'answers %s with 404, not the app',
    async (path) => {
      const response = await request(app.http).get(path).expect(404);
      expect(response.text).not.toBe(INDEX_HTML);
      expectSecurityHeaders(response);
    },
  );

  it('serves hashed assets for a year, immutable', async () => {
    const response = await request(app.http).get(`/assets/${ASSET_NAME}`).expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expectSecurityHeaders(response);
  });

  it('carries the same headers and no-store on /graphql, /auth/session, health and the 413 and 400 refusals', async () => {
    const graphql = await app.graphql('{ municipalities { code } }', { token }).expect(200);
    expectSecurityHeaders(graphql);
    expect(graphql.headers['cache-control']).toBe('no-store');
    for (const response of [
      await request(app.http).get('/auth/session').expect(200),
      await request(app.http).get('/health/live').expect(200),
      await request(app.http).get('/graphql').query({ query: '{ municipalities { code } }' }).expect(400),
      await request(app.http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: '{ municipalities { code } }', variables: { padding: 'x'.repeat(1_100_000) } })
        .expect(413),
    ]) {
      expectSecurityHeaders(response);
      // Health adds no-cache and must-revalidate of its own; no-store is what counts.
      expect(response.headers['cache-control']).toMatch(/(^|, )no-store(,|$)/);
    }
  });

  it('still refuses a form post to /graphql (Apollo CSRF prevention), now that form bodies are parsed for the sign-in', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .type('form')
      .send({ query: '{ municipalities { code } }' });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('"0180"');
  });
});

describe('console without a build', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ CONSOLE_DIST_DIR: await mkdtemp(join(tmpdir(), 'registry-web-empty-')), LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers / with a short 503 page saying the console is not built, and the API still works', async () => {
    const response = await request(app.http).get('/').expect(503);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain('The console is not built');
    expectSecurityHeaders(response);
    const token = await app.idp.sign({ roles: ['AUDITOR'] });
    expect((await app.graphql('{ municipality(code: "0180") { code } }', { token })).body.data.municipality.code).toBe('0180');
  });
});

describe('the development sign-in exists only in development', () => {
  it('answers 404 for /auth/dev-login in production, and GET /auth/session says there is no sign-in', async () => {
    await ready();
    const keyringFile = join(await mkdtemp(join(tmpdir(), 'registry-keys-')), 'keyring.json');
    await writeKeyRingFile(keyringFile, generateKeyRing());
    const app = await startTestApp({ NODE_ENV: 'production', KEYRING_FILE: keyringFile, LOG_LEVEL: 'silent' });
    try {
      await request(app.http).post('/auth/dev-login').send({ role: 'AUDITOR' }).expect(404);
      await request(app.http).post('/auth/dev-login').type('form').send({ role: 'AUDITOR' }).expect(404);
      const session = await request(app.http).get('/auth/session').expect(200);
      expect(session.body).toEqual({ signedIn: false, signInMode: 'none', idleTimeoutSeconds: 900 });
    } finally {
      await app.close();
    }
  });

  it('answers 404 for /auth/dev-login with OpenID Connect configured, and /login goes to the provider instead', async () => {
    const app = await startTestApp({
      OIDC_ISSUER: 'http://127.0.0.1:9/unreachable',
      OIDC_CLIENT_ID: 'registry-console',
      OIDC_CLIENT_SECRET: 'not-a-real-secret',
      OIDC_REDIRECT_URI: 'http://127.0.0.1:9/auth/callback',
      OIDC_ALLOW_HTTP: 'true',
      LOG_LEVEL: 'silent',
    });
    try {
      await request(app.http).post('/auth/dev-login').send({ role: 'AUDITOR' }).expect(404);
      expect((await request(app.http).get('/auth/session').expect(200)).body.signInMode).toBe('oidc');
      // The provider cannot be reached here: a short page of ours, not the app's sign-in form.
      const login = await request(app.http).get('/login').expect(503);
      expect(login.text).toContain('Sign-in is unavailable');
    } finally {
      await app.close();
    }
  });
});
