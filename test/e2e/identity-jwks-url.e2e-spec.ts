import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestIdentityProvider, type TestIdentityProvider } from '../support/test-identity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** AUTH_JWKS_URL: the identity provider's key set fetched over HTTP (here from a loopback stand-in). */
describe('identity provider keys from AUTH_JWKS_URL', () => {
  let jwksServer: Server;
  let app: TestApp;
  let provider: TestIdentityProvider;

  beforeAll(async () => {
    provider = await createTestIdentityProvider();
    const jwks = await readFile(provider.jwksFile, 'utf8');
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
    app = await startTestApp({ AUTH_JWKS_FILE: '', AUTH_JWKS_URL: url });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  it('accepts a token signed by a key in the fetched set and refuses one that is not', async () => {
    const good = await provider.sign({ roles: ['AUDITOR'] });
    expect((await app.graphql('{ municipality(code: "0180") { code } }', { token: good })).body.data.municipality.code).toBe('0180');
    // The app's own stand-in provider has other keys: its tokens are not in the fetched set.
    const stranger = await app.idp.sign({ roles: ['AUDITOR'] });
    expect((await app.graphql('{ municipality(code: "0180") { code } }', { token: stranger })).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
