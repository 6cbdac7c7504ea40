import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { base64url, SignJWT, importJWK } from 'jose';
import { createSigningKey } from '../support/test-identity.js';
import { rowCounts } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const QUERY = '{ municipalities { code } }';

describe('identity: bearer tokens verified against the identity provider key set', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const errorCode = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

  it.each([
    ['POLICE_REGIONAL', { roles: ['POLICE_REGIONAL'], police_region: 'SYD' }],
    ['POLICE_NATIONAL', { roles: ['POLICE_NATIONAL'] }],
    ['MUNICIPALITY', { roles: ['MUNICIPALITY'], municipality_code: '1280' }],
    ['AUDITOR', { roles: ['AUDITOR'] }],
  ])('a valid %s token reads the municipalities', async (_role, claims) => {
    const token = await app.idp.sign(claims);
    const response = await app.graphql(QUERY, { token }).expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.municipalities).toHaveLength(290);
  });

  it.each(['EdDSA', 'ES256', 'RS256'] as const)('accepts %s', async (alg) => {
    const token = await app.idp.sign({ roles: ['AUDITOR'] }, { key: app.idp.keys[alg] });
    const response = await app.graphql(QUERY, { token }).expect(200);
    expect(response.body.data.municipalities).toHaveLength(290);
  });

  it('accepts a token that expired within the 30 s clock tolerance, not one beyond it', async () => {
    const justExpired = await app.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: -10 });
    expect((await app.graphql(QUERY, { token: justExpired })).body.data?.municipalities).toHaveLength(290);
    const longExpired = await app.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: -31 });
    expect(errorCode((await app.graphql(QUERY, { token: longExpired })).body)).toBe('UNAUTHENTICATED');
  });

  it('accepts a token with iat that lives at most 12 hours, and an iat a little ahead within the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const token of [
      await app.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: 3600 }),
      await app.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: now, expiresIn: 12 * 3600 }),
      await app.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: now + 20, expiresIn: 600 }),
    ]) {
      expect((await app.graphql(QUERY, { token })).body.data?.municipalities).toHaveLength(290);
    }
  });

  describe('refusals: UNAUTHENTICATED, no data, and nothing written', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const untilYear5138 = () => Math.floor(Date.UTC(5138, 0, 1) / 1000) - now();
    const cases: [string, (app: TestApp) => Promise<string | undefined>][] = [
      ['no token', async () => undefined],
      ['garbage', async () => 'not-a-jwt'],
      ['three garbage segments', async () => 'aaa.bbb.ccc'],
      ['wrong issuer', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuer: 'https://evil.invalid' })],
      ['wrong audience', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { audience: 'another-service' })],
      ['expired', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: -3600 })],
      ['no exp', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: null })],
      ['no iat', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: null })],
      ['exp in the year 5138 and no iat', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: null, expiresIn: untilYear5138() })],
      ['exp in the year 5138', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: untilYear5138() })],
      ['a 13-hour token', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { expiresIn: 13 * 3600 })],
      ['12 hours and a second', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: now(), expiresIn: 12 * 3600 + 1 })],
      ['iat beyond the clock tolerance ahead', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: now() + 120, expiresIn: 600 })],
      // An hour's lifetime, but starting tomorrow: how a token would outlive the maximum counted from now.
      ['iat a day ahead', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { issuedAt: now() + 24 * 3600, expiresIn: 3600 })],
      [
        'alg none',
        async () => {
          const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
          const now = Math.floor(Date.now() / 1000);
          const payload = base64url.encode(
            JSON.stringify({
              sub: 'x',
              roles: ['POLICE_NATIONAL'],
              iss: 'https://idp.test.invalid',
              aud: 'registry-api-test',
              exp: now + 600,
            }),
          );
          return `${header}.${payload}.`;
        },
      ],
      [
        'HS256 signed with the public key as the secret',
        async (a) => {
          const secret = new TextEncoder().encode(JSON.stringify(a.idp.keys.EdDSA.publicJwk));
          return new SignJWT({ roles: ['POLICE_NATIONAL'] })
            .setProtectedHeader({ alg: 'HS256', kid: a.idp.keys.EdDSA.kid })
            .setSubject('attacker')
            .setIssuer('https://idp.test.invalid')
            .setAudience('registry-api-test')
            .setExpirationTime('10m')
            .sign(secret);
        },
      ],
      [
        'HS256 with the public JWK imported as an oct key',
        async (a) => {
          const secret = await importJWK({ kty: 'oct', k: base64url.encode(a.idp.keys.EdDSA.publicJwk.x as string) }, 'HS256');
          return new SignJWT({ roles: ['POLICE_NATIONAL'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('attacker')
            .setIssuer('https://idp.test.invalid')
            .setAudience('registry-api-test')
            .setExpirationTime('10m')
            .sign(secret);
        },
      ],
      [
        'signed by a key not in the set, even with a known kid',
        async (a) => {
          const stranger = await createSigningKey('EdDSA', a.idp.keys.EdDSA.kid);
          return a.idp.sign({ roles: ['POLICE_NATIONAL'] }, { key: stranger });
        },
      ],
      ['unknown role', (a) => a.idp.sign({ roles: ['ADMIN'] })],
      ['roles not an array', (a) => a.idp.sign({ roles: 'POLICE_NATIONAL' })],
      ['no roles', (a) => a.idp.sign({})],
      ['POLICE_REGIONAL without a region', (a) => a.idp.sign({ roles: ['POLICE_REGIONAL'] })],
      ['POLICE_REGIONAL with an unknown region', (a) => a.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'ATLANTIS' })],
      ['MUNICIPALITY without a code', (a) => a.idp.sign({ roles: ['MUNICIPALITY'] })],
      ['MUNICIPALITY with an unknown code', (a) => a.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '9999' })],
      ['MUNICIPALITY with a 3-digit code', (a) => a.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '180' })],
      ['MUNICIPALITY with a numeric code', (a) => a.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: 1280 })],
      ['empty sub', (a) => a.idp.sign({ roles: ['AUDITOR'] }, { sub: '' })],
    ];

    it.each(cases)('%s', async (_name, makeToken) => {
      const before = await rowCounts(app.database.url);
      const token = await makeToken(app);
      const response = await app.graphql(QUERY, { token });
      expect(errorCode(response.body)).toBe('UNAUTHENTICATED');
      expect(response.body.data?.municipalities ?? null).toBeNull();
      // The refusal says nothing about which check failed.
      expect(response.body.errors[0].message).toBe('Authentication required: the bearer token is missing or not valid');
      const after = await rowCounts(app.database.url);
      // A refusal writes exactly one audit event (action auth.denied) and nothing else.
      for (const table of Object.keys(before).filter((t) => !t.startsWith('audit'))) expect(after[table]).toBe(before[table]);
      expect(after.audit_event).toBe((before.audit_event ?? 0) + 1);
    });

    it('a non-Bearer authorization scheme is no token', async () => {
      const token = await app.idp.sign({ roles: ['AUDITOR'] });
      const response = await app.graphql(QUERY).set('Authorization', `Basic ${token}`);
      expect(errorCode(response.body)).toBe('UNAUTHENTICATED');
    });
  });
});
