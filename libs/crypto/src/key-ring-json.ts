/*
 * The key ring file (KEYRING_FILE). Written in format version 2:
 *   {
 *     "format": "registry-key-ring.v2",
 *     "activeKekVersion": 2,
 *     "keks": [ { "version": 1, "createdAt": "<ISO 8601>", "key": "<base64url, 32 bytes>" }, ... ],
 *     "activeBlindIndexVersion": 1,
 *     "blindIndexKeys": [ { "version": 1, "createdAt": "<ISO 8601>", "key": "<base64url, 32 bytes>" }, ... ],
 *     "rowMacKey": "<base64url, 32 bytes>",
 *     "tokenKey": "<base64url, 32 bytes>",
 *     "auditSigningKey": { "kty": "OKP", "crv": "Ed25519", "x": "<base64url>", "d": "<base64url>" },
 *     "retiredAuditSigningKeys": [ { "kty": "OKP", "crv": "Ed25519", "x": "<base64url>", "retiredAt": "<ISO 8601>" } ]
 *   }
 * ("retiredAuditSigningKeys" only once the audit-signing key was rotated: public keys only.)
 * Format version 1 is still read (its one blind-index root key is version 1; see key-ring.ts for the
 * row-MAC and token keys it lacks):
 *   {
 *     "format": "registry-key-ring.v1",
 *     "activeKekVersion": 2,
 *     "keks": [ { "version": 1, "createdAt": "<ISO 8601>", "key": "<base64url, 32 bytes>" }, ... ],
 *     "blindIndexRootKey": "<base64url, 32 bytes>",
 *     "auditSigningKey": { "kty": "OKP", "crv": "Ed25519", "x": "<base64url>", "d": "<base64url>" }
 *   }
 * Parsing is strict (unknown properties are refused) because a key file that half-parses is a key file
 * somebody edited by hand. Error messages name the property, never its value: the value may be a key.
 */
import { toBase64Url, fromBase64Url } from './base64url.js';
import { auditSigningKey } from './audit-signing-key.js';
import { KeyRingError } from './errors.js';
import {
  AUDIT_SIGNING_SEED_BYTES,
  BLIND_INDEX_ROOT_KEY_BYTES,
  KEK_BYTES,
  KeyRing,
  MAX_KEK_VERSION,
  type KeyEncryptionKey,
  type RetiredAuditPublicKey,
} from './key-ring.js';

const FORMAT_V1 = 'registry-key-ring.v1';
const FORMAT = 'registry-key-ring.v2';
const ED25519_PUBLIC_KEY_BYTES = 32;

export function serializeKeyRing(ring: KeyRing): string {
  const material = ring.material();
  const { privateJwk } = auditSigningKey(ring);
  const file = {
    format: FORMAT,
    activeKekVersion: material.activeKekVersion,
    keks: material.keks.map((kek) => ({ version: kek.version, createdAt: kek.createdAt, key: toBase64Url(kek.key) })),
    activeBlindIndexVersion: material.activeBlindIndexVersion,
    blindIndexKeys: (material.blindIndexKeys ?? []).map((k) => ({ version: k.version, createdAt: k.createdAt, key: toBase64Url(k.key) })),
    rowMacKey: toBase64Url(material.rowMacKey!),
    tokenKey: toBase64Url(material.tokenKey!),
    auditSigningKey: { kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, d: privateJwk.d },
    ...(ring.retiredAuditPublicKeys.length > 0
      ? {
          retiredAuditSigningKeys: ring.retiredAuditPublicKeys.map((k) => ({
            kty: 'OKP',
            crv: 'Ed25519',
            x: toBase64Url(k.publicKey),
            retiredAt: k.retiredAt,
          })),
        }
      : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** @throws KeyRingError naming what is wrong, never echoing the file's content. */
export function parseKeyRing(json: string): KeyRing {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    // JSON.parse's own message quotes the text around the fault, which may be key material.
    throw new KeyRingError('key ring: not valid JSON');
  }
  const root = object(document, 'the document');
  const v1 = root['format'] === FORMAT_V1;
  if (!v1 && root['format'] !== FORMAT) {
    throw new KeyRingError(`key ring: "format" must be "${FORMAT}" (or "${FORMAT_V1}")`);
  }
  onlyProperties(
    root,
    v1
      ? ['format', 'activeKekVersion', 'keks', 'blindIndexRootKey', 'auditSigningKey']
      : [
          'format',
          'activeKekVersion',
          'keks',
          'activeBlindIndexVersion',
          'blindIndexKeys',
          'rowMacKey',
          'tokenKey',
          'auditSigningKey',
          ...(Object.hasOwn(root, 'retiredAuditSigningKeys') ? ['retiredAuditSigningKeys'] : []),
        ],
    'the document',
  );
  const activeKekVersion = version(root['activeKekVersion'], 'activeKekVersion');
  if (!Array.isArray(root['keks']) || root['keks'].length === 0) {
    throw new KeyRingError('key ring: "keks" must be a non-empty array');
  }
  const keks = versionedKeys(root['keks'], 'keks', KEK_BYTES);
  if (!keks.some((kek) => kek.version === activeKekVersion)) {
    throw new KeyRingError('key ring: "activeKekVersion" names no entry of "keks"');
  }
  const blindIndex = v1
    ? { blindIndexRootKey: bytes(root['blindIndexRootKey'], BLIND_INDEX_ROOT_KEY_BYTES, 'blindIndexRootKey') }
    : {
        activeBlindIndexVersion: version(root['activeBlindIndexVersion'], 'activeBlindIndexVersion'),
        blindIndexKeys: versionedKeys(root['blindIndexKeys'], 'blindIndexKeys', BLIND_INDEX_ROOT_KEY_BYTES),
        rowMacKey: bytes(root['rowMacKey'], BLIND_INDEX_ROOT_KEY_BYTES, 'rowMacKey'),
        tokenKey: bytes(root['tokenKey'], BLIND_INDEX_ROOT_KEY_BYTES, 'tokenKey'),
      };
  if (!v1 && !blindIndex.blindIndexKeys!.some((key) => key.version === blindIndex.activeBlindIndexVersion)) {
    throw new KeyRingError('key ring: "activeBlindIndexVersion" names no entry of "blindIndexKeys"');
  }

  const jwk = object(root['auditSigningKey'], 'auditSigningKey');
  onlyProperties(jwk, ['kty', 'crv', 'x', 'd'], 'auditSigningKey');
  if (jwk['kty'] !== 'OKP' || jwk['crv'] !== 'Ed25519') {
    throw new KeyRingError('key ring: "auditSigningKey" must be an Ed25519 JWK (kty "OKP", crv "Ed25519")');
  }
  const publicKey = bytes(jwk['x'], ED25519_PUBLIC_KEY_BYTES, 'auditSigningKey.x');
  const ring = new KeyRing({
    activeKekVersion,
    keks,
    ...blindIndex,
    auditSigningSeed: bytes(jwk['d'], AUDIT_SIGNING_SEED_BYTES, 'auditSigningKey.d'),
    retiredAuditPublicKeys: retiredAuditKeys(root['retiredAuditSigningKeys']),
  });
  if (toBase64Url(ring.auditSigningPublicKey) !== toBase64Url(publicKey)) {
    throw new KeyRingError('key ring: "auditSigningKey.x" is not the public key of "auditSigningKey.d"');
  }
  return ring;
}

function retiredAuditKeys(list: unknown): RetiredAuditPublicKey[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.length === 0) throw new KeyRingError('key ring: "retiredAuditSigningKeys" must be a non-empty array');
  return list.map((entry: unknown, i) => {
    const where = `retiredAuditSigningKeys[${i}]`;
    const jwk = object(entry, where);
    onlyProperties(jwk, ['kty', 'crv', 'x', 'retiredAt'], where);
    if (jwk['kty'] !== 'OKP' || jwk['crv'] !== 'Ed25519') throw new KeyRingError(`key ring: "${where}" must be an Ed25519 public JWK`);
    const retiredAt = jwk['retiredAt'];
    if (typeof retiredAt !== 'string' || Number.isNaN(Date.parse(retiredAt))) {
      throw new KeyRingError(`key ring: "${where}.retiredAt" must be an ISO 8601 date-time`);
    }
    return { publicKey: bytes(jwk['x'], ED25519_PUBLIC_KEY_BYTES, `${where}.x`), retiredAt };
  });
}

function versionedKeys(list: unknown, name: string, length: number): KeyEncryptionKey[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new KeyRingError(`key ring: "${name}" must be a non-empty array`);
  }
  return list.map((entry: unknown, i): KeyEncryptionKey => {
    const where = `${name}[${i}]`;
    const kek = object(entry, where);
    onlyProperties(kek, ['version', 'createdAt', 'key'], where);
    const createdAt = kek['createdAt'];
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
      throw new KeyRingError(`key ring: "${where}.createdAt" must be an ISO 8601 date-time`);
    }
    return {
      version: version(kek['version'], `${where}.version`),
      createdAt,
      key: bytes(kek['key'], length, `${where}.key`),
    };
  });
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KeyRingError(`key ring: ${quoted(where)} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function onlyProperties(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const name of allowed) {
    if (!Object.hasOwn(value, name)) throw new KeyRingError(`key ring: ${quoted(where)} lacks "${name}"`);
  }
  // The unknown name itself is not repeated: a key pasted in the wrong place would be echoed.
  if (Object.keys(value).length !== allowed.length) {
    throw new KeyRingError(`key ring: ${quoted(where)} has properties other than ${allowed.map((n) => `"${n}"`).join(', ')}`);
  }
}

function quoted(where: string): string {
  return where === 'the document' ? where : `"${where}"`;
}

function version(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_KEK_VERSION) {
    throw new KeyRingError(`key ring: "${where}" must be an integer from 1 to ${MAX_KEK_VERSION}`);
  }
  return value;
}

function bytes(value: unknown, length: number, where: string): Uint8Array {
  const decoded = fromBase64Url(value, length);
  if (decoded === undefined) {
    throw new KeyRingError(`key ring: "${where}" must be ${length} bytes in unpadded base64url`);
  }
  return decoded;
}
