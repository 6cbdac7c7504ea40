import { readFile } from 'node:fs/promises';
import { LRUCache } from 'lru-cache';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError } from './errors.js';
import { principalFromClaims, type MunicipalityCodeCheck, type Principal } from './principal.js';

/** Only asymmetric algorithms: an HMAC algorithm would let anyone holding the public key mint tokens. */
export const ACCEPTED_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];

/** Clocks drift between the identity provider and us; more than this widens the replay window. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * How long a token may live (`exp - iat`) unless configured otherwise: a working day and some. A stolen
 * token is good until it expires, and nothing here can revoke one, so an `exp` years out is refused
 * however valid its signature.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * A verified token is remembered (by its exact text) for at most this long, and never past its `exp`: a
 * request that repeats a token skips the signature check. Short, so that a signing key withdrawn from a
 * JWKS URL stops being honoured about as soon as jose's own key cache would let it.
 */
export const VERIFIED_TOKEN_CACHE_SECONDS = 60;
const VERIFIED_TOKEN_CACHE_ENTRIES = 5000;

export type KeySource = { jwks: JSONWebKeySet } | { jwksFile: string } | { jwksUrl: string };

export interface TokenVerifierOptions {
  keys: KeySource;
  issuer: string;
  audience: string;
  isKnownMunicipality: MunicipalityCodeCheck;
  /** longest `exp - iat` accepted; default DEFAULT_MAX_TOKEN_LIFETIME_SECONDS */
  maxLifetimeSeconds?: number;
  /** the clock, in ms since the epoch (tests move it); default Date.now */
  now?: () => number;
}

export type TokenVerifier = (token: string | undefined) => Promise<Principal>;

async function keySet(source: KeySource): Promise<JWTVerifyGetKey> {
  if ('jwks' in source) return createLocalJWKSet(source.jwks);
  if ('jwksFile' in source) {
    const jwks = JSON.parse(await readFile(source.jwksFile, 'utf8')) as JSONWebKeySet;
    if (!Array.isArray(jwks.keys) || jwks.keys.some((key) => 'd' in key)) {
      throw new Error('AUTH_JWKS_FILE must hold a public JSON Web Key Set (no private keys)');
    }
    return createLocalJWKSet(jwks);
  }
  return createRemoteJWKSet(new URL(source.jwksUrl));
}

export async function createTokenVerifier(options: TokenVerifierOptions): Promise<TokenVerifier> {
  const keys = await keySet(options.keys);
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const now = options.now ?? Date.now;
  // Only successes are remembered: a refused token is checked (and refused) afresh every time.
  const verified = new LRUCache<string, { principal: Principal; untilMs: number }>({ max: VERIFIED_TOKEN_CACHE_ENTRIES });
  return async (token) => {
    if (!token) throw new AuthenticationError('no bearer token');
    const known = verified.get(token);
    if (known) {
      if (now() < known.untilMs) return known.principal;
      verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        // Also refuses an `iat` in the future beyond the clock tolerance (a token minted to outlive the maximum).
        maxTokenAge: maxLifetime,
        currentDate: new Date(now()),
      });
      // Both are numbers by now: jose refuses an `exp` or `iat` that is not a NumericDate.
      const exp = payload.exp as number;
      if (exp - (payload.iat as number) > maxLifetime) throw new AuthenticationError('token lifetime over the maximum');
      // Shared by every request that presents the token: nobody may change it.
      const principal = Object.freeze(principalFromClaims(payload, options.isKnownMunicipality));
      Object.freeze(principal.roles);
      // Not past `exp` (without the clock tolerance: the cache never widens what jose accepts), nor the cap.
      verified.set(token, { principal, untilMs: Math.min(exp * 1000, now() + VERIFIED_TOKEN_CACHE_SECONDS * 1000) });
      return principal;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof errors.JOSEError) throw new AuthenticationError(error.code);
      throw new AuthenticationError('token could not be verified');
    }
  };
}

/** `Authorization: Bearer <token>`; anything else is treated as no token. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return match?.[1];
}
