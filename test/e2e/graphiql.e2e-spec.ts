import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { GRAPHIQL_PURPOSE } from '../../apps/registry-api/src/graphiql/dev-graphiql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The options the page hands GraphiQL (its data-options attribute), as the browser would read them. */
function pageOptions(html: string): { endpoint: string; headers: string } {
  const match = /data-options='([^']*)'/.exec(html);
  expect(match).not.toBeNull();
  const decoded = (match?.[1] ?? '').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return JSON.parse(decoded);
}

describe('GraphiQL in development', () => {
  let database: TestDatabase;
  let dataDir: string;
  let registry: RunningRegistry;
  let http: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'registry-graphiql-'));
    const config = loadConfiguration({ NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    registry = await createRegistry(config);
    await registry.app.init();
    http = registry.app.getHttpServer() as App;
  });
  afterAll(async () => {
    await registry?.close();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the page with no inline script and its bundle from the service itself', async () => {
    const response = await request(http).get('/graphiql').expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    const policy = response.headers['content-security-policy'] as string;
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
    // Every script the page loads is one of ours, by URL: none inline, none from elsewhere.
    const scripts = [...response.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((script) => script[1]?.trim())).toEqual(['src="/graphiql/graphiql.js"', 'src="/graphiql/boot.js"']);
    expect(scripts.every((script) => script[2] === '')).toBe(true);
    for (const asset of ['graphiql.js', 'graphiql.css', 'boot.js', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const file = await request(http).get(`/graphiql/${asset}`).expect(200);
      expect(file.text.length).toBeGreaterThan(100);
      expect(file.text).not.toMatch(/https:\/\/(unpkg|cdn)\b/);
    }
  });

  it('opens with a development token and the purpose header that the API accepts', async () => {
    const options = pageOptions((await request(http).get('/graphiql?role=POLICE_REGIONAL&region=SYD').expect(200)).text);
    expect(options.endpoint).toBe('/graphql');
    const headers = JSON.parse(options.headers) as Record<string, string>;
    expect(headers['X-Access-Purpose']).toBe(GRAPHIQL_PURPOSE);
    expect(headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const answer = await request(http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set(headers)
      .send({ query: '{ municipalities { code } networks { id } }' })
      .expect(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.municipalities).toHaveLength(290);
    expect(answer.body.data.networks).toEqual([]);
  });

  it('refuses a role it cannot sign, in plain words', async () => {
    const response = await request(http).get('/graphiql?role=POLICE_REGIONAL').expect(400);
    expect(response.text).toMatch(/^POLICE_REGIONAL needs region=/);
  });
});

describe('GraphiQL elsewhere', () => {
  let app: TestApp | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('is absent in production: the page and its files are 404', async () => {
    // Production has no development key at all (config.auth is never `development` there).
    await ready();
    const keyringFile = join(await mkdtemp(join(tmpdir(), 'registry-keys-')), 'keyring.json');
    await writeKeyRingFile(keyringFile, generateKeyRing());
    app = await startTestApp({ NODE_ENV: 'production', KEYRING_FILE: keyringFile, LOG_LEVEL: 'silent' });
    for (const path of ['/graphiql', '/graphiql/graphiql.js', '/graphiql/boot.js']) {
      const response = await request(app.http).get(path);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('YogaGraphiQL');
    }
  });
});
