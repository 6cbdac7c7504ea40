import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export const TEST_ISSUER = 'https://idp.test.invalid';
export const TEST_AUDIENCE = 'registry-api-test';

type Alg = 'EdDSA' | 'ES256' | 'RS256';

export interface SigningKey {
  alg: Alg;
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(alg: Alg, kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(
    alg,
    alg === 'EdDSA' ? { crv: 'Ed25519', extractable: true } : { extractable: true },
  );
  return { alg, kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A stand-in identity provider: keys of each accepted algorithm, published as a JWKS file. */
export interface TestIdentityProvider {
  jwksFile: string;
  keys: Record<Alg, SigningKey>;
  sign(
    claims: Record<string, unknown>,
    options?: {
      key?: SigningKey;
      issuer?: string;
      audience?: string;
      /** seconds after `iat`, or after now without one (default 600, within the service's maximum lifetime); null: no `exp` */
      expiresIn?: number | null;
      /** `iat` in seconds since the epoch (default now); null: no `iat` */
      issuedAt?: number | null;
      sub?: string;
    },
  ): Promise<string>;
}

export async function createTestIdentityProvider(): Promise<TestIdentityProvider> {
  const keys = {
    EdDSA: await signingKey('EdDSA', 'test-ed25519'),
    ES256: await signingKey('ES256', 'test-es256'),
    RS256: await signingKey('RS256', 'test-rs256'),
  };
  const dir = await mkdtemp(join(tmpdir(), 'registry-idp-'));
  const jwksFile = join(dir, 'jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: Object.values(keys).map((k) => k.publicJwk) }));
  return {
    jwksFile,
    keys,
    async sign(claims, options = {}) {
      const key = options.key ?? keys.EdDSA;
      let jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
        .setSubject(options.sub ?? 'officer-1')
        .setIssuer(options.issuer ?? TEST_ISSUER)
        .setAudience(options.audience ?? TEST_AUDIENCE);
      const now = Math.floor(Date.now() / 1000);
      const issuedAt = options.issuedAt === undefined ? now : options.issuedAt;
      if (issuedAt !== null) jwt = jwt.setIssuedAt(issuedAt);
      if (options.expiresIn !== null) jwt = jwt.setExpirationTime((issuedAt ?? now) + (options.expiresIn ?? 600));
      return jwt.sign(key.privateKey);
    },
  };
}

export { signingKey as createSigningKey };
