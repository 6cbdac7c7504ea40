import { describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { AuthenticationError } from './errors.js';
import {
  CLOCK_TOLERANCE_SECONDS,
  createTokenVerifier,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  VERIFIED_TOKEN_CACHE_SECONDS,
  type TokenVerifier,
} from './token-verifier.js';

const ISSUER = 'https://idp.test.invalid';
const AUDIENCE = 'registry-api-test';

async function setUp(
  maxLifetimeSeconds?: number,
  clock?: () => number,
): Promise<{ verify: TokenVerifier; sign: (iat: number | null, exp: number) => Promise<string> }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const verify = await createTokenVerifier({
    keys: { jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' }] } },
    issuer: ISSUER,
    audience: AUDIENCE,
    isKnownMunicipality: () => true,
    maxLifetimeSeconds,
    now: clock,
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

describe('verified tokens remembered', () => {
  it('answers a repeated token with the same frozen principal', async () => {
    const { verify, sign } = await setUp();
    const token = await sign(now(), now() + 600);
    const first = await verify(token);
    expect(await verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.roles)).toBe(true);
  });

  it('refuses a remembered token once it has expired', async () => {
    let clock = Date.now();
    const { verify, sign } = await setUp(undefined, () => clock);
    const iat = Math.floor(clock / 1000);
    const token = await sign(iat, iat + 120);
    await expect(verify(token)).resolves.toMatchObject({ sub: 'auditor-1' });
    // Within the cap, then past `exp` and jose's clock tolerance: verified afresh, and refused.
    clock += (VERIFIED_TOKEN_CACHE_SECONDS - 1) * 1000;
    await expect(verify(token)).resolves.toMatchObject({ sub: 'auditor-1' });
    clock = (iat + 120 + CLOCK_TOLERANCE_SECONDS + 1) * 1000;
    expect(await reasonOf(verify(token))).toBe('ERR_JWT_EXPIRED');
  });

  it('keeps refusing a refused token', async () => {
    const { verify, sign } = await setUp(600);
    const token = await sign(now(), now() + 601);
    expect(await reasonOf(verify(token))).toBe('token lifetime over the maximum');
    expect(await reasonOf(verify(token))).toBe('token lifetime over the maximum');
  });

  it('checks a token whose text differs by one character afresh', async () => {
    const { verify, sign } = await setUp();
    const token = await sign(now(), now() + 600);
    await verify(token);
    // The signature's first character carries six bits of it (its last may carry padding only).
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const tampered = `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await reasonOf(verify(tampered))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });
});
