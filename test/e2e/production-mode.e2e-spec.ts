import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('NODE_ENV=production: the schema is not advertised', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    await ready();
    const keyringFile = join(await mkdtemp(join(tmpdir(), 'registry-keys-')), 'keyring.json');
    await writeKeyRingFile(keyringFile, generateKeyRing());
    app = await startTestApp({ NODE_ENV: 'production', KEYRING_FILE: keyringFile });
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] });
  });
  afterAll(async () => {
    await app.close();
  });

  it('still serves municipalities', async () => {
    const response = await app.graphql('{ municipalities { code } }', { token }).expect(200);
    expect(response.body.data.municipalities).toHaveLength(290);
  });

  it('refuses introspection', async () => {
    const response = await app.graphql('{ __schema { types { name } } }', { token });
    expect(response.body.data?.__schema).toBeUndefined();
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('gives no field suggestions', async () => {
    const response = await app.graphql('{ municipalitys { code } }', { token });
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toContain('Did you mean');
    expect(JSON.stringify(response.body)).not.toContain('"municipalities"');
  });
});
