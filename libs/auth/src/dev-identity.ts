import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import type { PoliceRegion } from '@registry/geo';
import type { Role } from './roles.js';

/**
 * Development identity: outside production with no identity provider configured, the service and
 * `npm run token` share an Ed25519 key under DATA_DIR, so a newcomer can call the API at once.
 * Production refuses to start without a real identity provider (see the configuration).
 */
export const DEV_ISSUER = 'urn:registry:dev-identity';
export const DEV_AUDIENCE = 'urn:registry:api';
const KEY_FILE = 'dev-identity-key.json';

interface StoredDevKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

function devKeyPath(dataDir: string): string {
  return join(dataDir, KEY_FILE);
}

async function createDevKey(path: string): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const stored: StoredDevKey = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' },
  };
  try {
    // 'wx': the server and the token command may both start on a fresh DATA_DIR; the first one wins.
    await writeFile(path, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

async function loadDevKey(dataDir: string): Promise<StoredDevKey> {
  await mkdir(dataDir, { recursive: true });
  const path = devKeyPath(dataDir);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as StoredDevKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await createDevKey(path);
  return JSON.parse(await readFile(path, 'utf8')) as StoredDevKey;
}

export async function devJwks(dataDir: string): Promise<JSONWebKeySet> {
  const { publicJwk } = await loadDevKey(dataDir);
  return { keys: [publicJwk] };
}

export interface DevTokenRequest {
  role: Role;
  region?: PoliceRegion;
  municipality?: string;
  sub?: string;
  ttlSeconds?: number;
}

export async function signDevToken(dataDir: string, request: DevTokenRequest): Promise<string> {
  const { privateJwk } = await loadDevKey(dataDir);
  const key = await importJWK(privateJwk, 'EdDSA');
  const claims: Record<string, unknown> = { roles: [request.role] };
  if (request.region) claims.police_region = request.region;
  if (request.municipality) claims.municipality_code = request.municipality;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: privateJwk.kid ?? 'dev', typ: 'JWT' })
    .setSubject(request.sub ?? `dev-${request.role.toLowerCase()}`)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (request.ttlSeconds ?? 3600))
    .sign(key);
}
