/**
 * Development only (`npm run dev`, `npm run preview`): a stand-in for the service's console session
 * endpoints, so the console can be worked on against a plain registry API that only knows bearer tokens.
 * Never part of the build.
 *
 * It keeps sessions in memory, signs in by minting a development token with the registry CLI (the API
 * must be compiled at the repo root and share DATA_DIR with the running API), and forwards /graphql and
 * /audit/export.csv to REGISTRY_URL with that token. The browser sees what the real service gives it: one
 * HttpOnly cookie, a CSRF token in GET /auth/session, nothing else.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Connect, Plugin } from 'vite';

const run = promisify(execFile);
const COOKIE = 'registry_dev_session';
const ROLES = ['POLICE_REGIONAL', 'POLICE_NATIONAL', 'MUNICIPALITY', 'AUDITOR'];
const REGIONS = ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'];

interface StubSession {
  token: string;
  csrfToken: string;
  purpose?: string;
  user: { sub: string; roles: string[]; policeRegion: string | null; municipalityCode: string | null };
}

export interface StubOptions {
  /** the registry API, e.g. http://127.0.0.1:3000 */
  registryUrl: string;
  /** the API's DATA_DIR, where the development signing key lives */
  dataDir: string;
  /** the repository root, whose dist/ holds the compiled CLI */
  repoRoot: string;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

function cookieOf(req: IncomingMessage): string | undefined {
  const match = /(?:^|;\s*)registry_dev_session=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '');
  return match?.[1];
}

export function devSessionStub(options: StubOptions): Plugin {
  const sessions = new Map<string, StubSession>();

  async function mintToken(role: string, region?: string, municipality?: string): Promise<string> {
    const args = [resolve(options.repoRoot, 'dist/apps/registry-cli/src/main.js'), 'token', '--role', role];
    if (region) args.push('--region', region);
    if (municipality) args.push('--municipality', municipality);
    args.push('--sub', `dev-${role.toLowerCase()}${region ? `-${region.toLowerCase()}` : ''}${municipality ? `-${municipality}` : ''}`);
    const { stdout } = await run(process.execPath, args, { env: { ...process.env, NODE_ENV: 'development', DATA_DIR: options.dataDir } });
    return stdout.trim();
  }

  async function forward(req: IncomingMessage, res: ServerResponse, session: StubSession): Promise<void> {
    const headers: Record<string, string> = { authorization: `Bearer ${session.token}` };
    if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    // Header values travel as bytes: the browser's arrive as UTF-8 bytes read as Latin-1 and go on as they
    // came; the stored purpose (for the CSV link) is encoded the same way.
    const fromBrowser = req.headers['x-access-purpose'];
    if (typeof fromBrowser === 'string') headers['x-access-purpose'] = fromBrowser;
    else if (session.purpose) headers['x-access-purpose'] = Buffer.from(session.purpose, 'utf8').toString('latin1');
    const body = req.method === 'POST' ? new Uint8Array(await readBody(req)) : undefined;
    const upstream = await fetch(new URL(req.url ?? '/', options.registryUrl), { method: req.method, headers, body });
    res.statusCode = upstream.status;
    for (const name of ['content-type', 'content-disposition', 'cache-control']) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.end(Buffer.from(await upstream.arrayBuffer()));
  }

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    const id = cookieOf(req);
    const session = id ? sessions.get(id) : undefined;
    const csrfOk = session !== undefined && req.headers['x-csrf-token'] === session.csrfToken;
    const handle = async (): Promise<void> => {
      if (path === '/auth/session' && req.method === 'GET') {
        if (!session) return send(res, 200, { signedIn: false, signInMode: 'development', idleTimeoutSeconds: 900 });
        return send(res, 200, {
          signedIn: true,
          signInMode: 'development',
          user: session.user,
          csrfToken: session.csrfToken,
          purpose: session.purpose,
          idleTimeoutSeconds: 900,
        });
      }
      if (path === '/auth/dev-login' && req.method === 'POST') {
        const input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, string | undefined>;
        const role = input.role ?? '';
        if (!ROLES.includes(role)) return send(res, 400, { message: 'unknown role' });
        const region = role === 'POLICE_REGIONAL' ? input.policeRegion : undefined;
        const municipality = role === 'MUNICIPALITY' ? input.municipalityCode : undefined;
        if (role === 'POLICE_REGIONAL' && !REGIONS.includes(region ?? '')) return send(res, 400, { message: 'police region required' });
        if (role === 'MUNICIPALITY' && !/^\d{4}$/.test(municipality ?? ''))
          return send(res, 400, { message: 'municipality code required' });
        const token = await mintToken(role, region, municipality);
        const newId = randomBytes(24).toString('base64url');
        sessions.set(newId, {
          token,
          csrfToken: randomBytes(24).toString('base64url'),
          user: { sub: `dev-${role.toLowerCase()}`, roles: [role], policeRegion: region ?? null, municipalityCode: municipality ?? null },
        });
        res.setHeader('Set-Cookie', `${COOKIE}=${newId}; HttpOnly; SameSite=Strict; Path=/`);
        return send(res, 204);
      }
      if (path === '/auth/logout' && req.method === 'POST') {
        if (!csrfOk) return send(res, 403, { message: 'CSRF' });
        sessions.delete(id!);
        res.setHeader('Set-Cookie', `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
        return send(res, 200, { redirectTo: '/login' });
      }
      if (path === '/auth/purpose' && req.method === 'POST') {
        if (!csrfOk) return send(res, 403, { message: 'CSRF' });
        const input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as { purpose?: string };
        session.purpose = input.purpose;
        return send(res, 204);
      }
      if (path === '/graphql' && req.method === 'POST') {
        if (!session) return send(res, 401, { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] });
        if (!csrfOk) return send(res, 403, { errors: [{ message: 'CSRF', extensions: { code: 'FORBIDDEN' } }] });
        return forward(req, res, session);
      }
      if (path === '/audit/export.csv' && req.method === 'GET') {
        if (!session) return send(res, 401);
        return forward(req, res, session);
      }
      next();
    };
    handle().catch((error: unknown) => {
      send(res, 502, { errors: [{ message: `dev stub: ${error instanceof Error ? error.message : 'failed'}` }] });
    });
  };

  return {
    name: 'registry-dev-session-stub',
    apply: (_config, env) => env.command === 'serve',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
