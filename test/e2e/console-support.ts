import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { SessionClock } from '../../apps/registry-api/src/console/session-clock.js';
import type { TestApp } from '../support/test-app.js';

export const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c4d.js"></script></head><body><div id="root"></div></body></html>';
export const ASSET_NAME = 'app-1a2b3c4d.js';

/** A stand-in for `npm run build --prefix apps/registry-web`: index.html and one hashed asset. */
export async function fakeConsoleBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'registry-web-dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX_HTML);
  await writeFile(join(dir, 'assets', ASSET_NAME), 'export const built = true;\n');
  return dir;
}

/** The Set-Cookie lines of a response. */
export function setCookies(response: request.Response): string[] {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
}

/** The value a response sets for a cookie, or undefined (an empty value: the cookie is cleared). */
export function cookieValue(response: request.Response, name: string): string | undefined {
  const line = setCookies(response).find((cookie) => cookie.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

export interface ConsoleUser {
  /** supertest agent holding the browser's cookies */
  agent: request.Agent;
  cookie: string;
  csrf: string;
  sub: string;
}

/** Signs in with the development form (JSON) on a fresh agent; the session, its cookie and its CSRF token. */
export async function devSignIn(http: App, fields: Record<string, string>, agent = request.agent(http)): Promise<ConsoleUser> {
  const response = await agent.post('/auth/dev-login').send(fields).expect(204);
  const cookie = cookieValue(response, 'registry_session');
  expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const session = await agent.get('/auth/session').expect(200);
  expect(session.body.signedIn).toBe(true);
  return { agent, cookie: cookie as string, csrf: session.body.csrfToken as string, sub: session.body.user.sub as string };
}

/** POST /graphql as the console sends it: the session cookie (from the agent), CSRF token and purpose. */
export function consoleGraphql(
  user: ConsoleUser,
  query: string,
  options: { purpose?: string; csrf?: string | null; headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
): request.Test {
  const req = user.agent.post('/graphql').set('Content-Type', 'application/json');
  const csrf = options.csrf === undefined ? user.csrf : options.csrf;
  if (csrf !== null) req.set('X-CSRF-Token', csrf);
  if (options.purpose) req.set('X-Access-Purpose', options.purpose);
  for (const [name, value] of Object.entries(options.headers ?? {})) req.set(name, value);
  return req.send({ query, variables: options.variables ?? {} });
}

/** Moves the sessions' clock by `ms` from now on (the service reads time for sessions only through it). */
export function advanceSessionClock(app: TestApp, ms: number): void {
  const clock = app.registry.app.get(SessionClock);
  const base = clock.now.bind(clock);
  clock.now = () => new Date(base().getTime() + ms);
}

export function resetSessionClock(app: TestApp): void {
  const clock = app.registry.app.get(SessionClock);
  clock.now = SessionClock.prototype.now;
}

/** Audit events as stored, through a pg client of the test. */
export interface AuditRow {
  seq: string;
  actor: string;
  roles: string[];
  scope: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  purpose: string | null;
  outcome: string;
}
