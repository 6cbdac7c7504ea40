import { readFile } from 'node:fs/promises';
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

export type KeySource = { jwks: JSONWebKeySet } | { jwksFile: string } | { jwksUrl: string };

export interface TokenVerifierOptions {
  keys: KeySource;
  issuer: string;
  audience: string;
  isKnownMunicipality: MunicipalityCodeCheck;
  /** longest `exp - iat` accepted; default DEFAULT_MAX_TOKEN_LIFETIME_SECONDS */
  maxLifetimeSeconds?: number;
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
  return async (token) => {
    if (!token) throw new AuthenticationError('no bearer token');
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        // Also refuses an `iat` in the future beyond the clock tolerance (a token minted to outlive the maximum).
        maxTokenAge: maxLifetime,
      });
      // Both are numbers by now: jose refuses an `exp` or `iat` that is not a NumericDate.
      if ((payload.exp as number) - (payload.iat as number) > maxLifetime) throw new AuthenticationError('token lifetime over the maximum');
      return principalFromClaims(payload, options.isKnownMunicipality);
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
