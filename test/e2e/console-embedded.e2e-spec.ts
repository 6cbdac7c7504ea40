import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { App } from 'supertest/types.js';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { consoleGraphql, devSignIn } from './console-support.js';

/** `npm start` as a newcomer runs it: the console's sessions live in the embedded PostgreSQL too. */
describe('console sessions on the embedded PostgreSQL', () => {
  let dataDir: string;
  let registry: RunningRegistry;
  let http: App;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'registry-console-embedded-'));
    const config = loadConfiguration({ NODE_ENV: 'development', DATA_DIR: dataDir, CONSOLE_DIST_DIR: join(dataDir, 'no-build') });
    registry = await createRegistry(config, { logStream: { write: () => undefined } });
    await registry.app.init();
    http = registry.app.getHttpServer() as App;
  });
  afterAll(async () => {
    await registry?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('signs in with the form, answers GraphQL by the session, and signs out', async () => {
    const user = await devSignIn(http, { role: 'MUNICIPALITY', municipalityCode: '1280' });
    const response = await consoleGraphql(user, '{ municipality(code: "1280") { name } }').expect(200);
    expect(response.body.data.municipality.name).toBe('Malmö');
    await user.agent.post('/auth/logout').set('X-CSRF-Token', user.csrf).expect(200);
    expect((await user.agent.get('/auth/session')).body.signedIn).toBe(false);
  });
});
