import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError } from './errors.js';
import { principalFromClaims, type MunicipalityCodeCheck, type Principal } from './principal.js';

/** Only asymmetric algorithms: an HMAC algorithm would let anyone holding the public key mint tokens. */
export const ACCEPTED_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];

/** Clocks drift between the identity provider and us; more than this widens the replay window. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export type KeySource = { jwks: JSONWebKeySet } | { jwksFile: string } | { jwksUrl: string };

export interface TokenVerifierOptions {
  keys: KeySource;
  issuer: string;
  audience: string;
  isKnownMunicipality: MunicipalityCodeCheck;
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
  return async (token) => {
    if (!token) throw new AuthenticationError('no bearer token');
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
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
