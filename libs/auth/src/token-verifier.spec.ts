import { describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { AuthenticationError } from './errors.js';
import { createTokenVerifier, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type TokenVerifier } from './token-verifier.js';

const ISSUER = 'https://idp.test.invalid';
const AUDIENCE = 'registry-api-test';

async function setUp(
  maxLifetimeSeconds?: number,
): Promise<{ verify: TokenVerifier; sign: (iat: number | null, exp: number) => Promise<string> }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const verify = await createTokenVerifier({
    keys: { jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' }] } },
    issuer: ISSUER,
    audience: AUDIENCE,
    isKnownMunicipality: () => true,
    maxLifetimeSeconds,
  });
  const sign = (iat: number | null, exp: number) => {
    let jwt = new SignJWT({ roles: ['AUDITOR'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
      .setSubject('auditor-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(exp);
    if (iat !== null) jwt = jwt.setIssuedAt(iat);
    return jwt.sign(privateKey);
  };
  return { verify, sign };
}

const now = () => Math.floor(Date.now() / 1000);

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationError);
    return (error as AuthenticationError).reason;
  }
  throw new Error('expected a refusal');
}

describe('token lifetime', () => {
  it('is 12 hours at most by default', async () => {
    expect(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS).toBe(43_200);
    const { verify, sign } = await setUp();
    const iat = now();
    await expect(verify(await sign(iat, iat + 43_200))).resolves.toMatchObject({ sub: 'auditor-1' });
    expect(await reasonOf(verify(await sign(iat, iat + 43_201)))).toBe('token lifetime over the maximum');
  });

  it('needs an iat', async () => {
    const { verify, sign } = await setUp();
    expect(await reasonOf(verify(await sign(null, now() + 600)))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('refuses an iat ahead of the clock tolerance, and takes one within it', async () => {
    const { verify, sign } = await setUp();
    await expect(verify(await sign(now() + 25, now() + 600))).resolves.toMatchObject({ sub: 'auditor-1' });
    expect(await reasonOf(verify(await sign(now() + 40, now() + 600)))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('follows the configured maximum', async () => {
    const { verify, sign } = await setUp(600);
    const iat = now();
    await expect(verify(await sign(iat, iat + 600))).resolves.toMatchObject({ sub: 'auditor-1' });
    expect(await reasonOf(verify(await sign(iat, iat + 601)))).toBe('token lifetime over the maximum');
    // Issued longer ago than the maximum (beyond the clock tolerance): refused as too old, whatever its exp.
    expect(await reasonOf(verify(await sign(iat - 700, iat + 60)))).toBe('ERR_JWT_EXPIRED');
  });
});
