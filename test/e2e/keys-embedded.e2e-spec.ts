import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { signDevToken } from '@registry/auth';
import { readKeyRingFile, ready } from '@registry/crypto';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';

/** `npm run keys -- rotate` with no DATABASE_URL: the CLI opens the embedded database under DATA_DIR while the server is stopped. */
describe('keys rotate on the embedded database', () => {
  let dataDir: string;
  let registry: RunningRegistry | undefined;

  afterAll(async () => {
    await registry?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function boot(): Promise<App> {
    registry = await createRegistry(loadConfiguration({ NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0' }), {
      logStream: { write: () => undefined },
    });
    await registry.app.init();
    return registry.app.getHttpServer() as App;
  }

  const graphql = (http: App, token: string, query: string, variables: Record<string, unknown> = {}) =>
    request(http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Access-Purpose', 'embedded rotation')
      .send({ query, variables });

  it('re-wraps under a new version and retires the old one; the restarted server reads what it wrote before', async () => {
    await ready();
    dataDir = await mkdtemp(join(tmpdir(), 'registry-keys-embedded-'));
    const token = await signDevToken(dataDir, { role: 'POLICE_NATIONAL' });
    const first = await boot();
    const registered = await graphql(first, token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'OTHER', givenName: 'Embla', familyName: 'Embeddedsson' },
    });
    const id = registered.body.data.registerPerson.id as string;
    await registry?.close();
    registry = undefined;

    const output = await keysCommand(['rotate', '--retire-old'], { DATA_DIR: dataDir, REGISTRY_OPERATOR: 'key-custodian' });
    expect(output).toContain('data keys re-wrapped under version 2: 1 (0 already under it)');
    expect((await readKeyRingFile(join(dataDir, 'keyring.json'))).kekVersions).toEqual([2]);

    const second = await boot();
    const read = await graphql(second, token, 'query($id: ID!) { person(id: $id) { givenName familyName } }', { id });
    expect(read.body.data.person).toEqual({ givenName: 'Embla', familyName: 'Embeddedsson' });
  });
});
