/**
 * @registry/crypto: field encryption for the registry. Pure library (no Nest, no TypeORM).
 * Await `ready()` once at start-up; everything else is synchronous except the key ring file functions.
 */
export { ready, initCrypto } from './sodium.js';
export { IntegrityError, KeyUnavailableError, KeyRingError, InvalidIdentityNumberError } from './errors.js';
export {
  KeyRing,
  generateKeyRing,
  rotateKeyRing,
  publishKek,
  activateKek,
  publishedKekVersions,
  withoutVersion,
  rotateBlindIndexKey,
  withoutBlindIndexVersion,
  KEK_BYTES,
  type BlindIndexKey,
  type KeyEncryptionKey,
  type KeyRingMaterial,
} from './key-ring.js';
export { parseKeyRing, serializeKeyRing } from './key-ring-json.js';
export { readKeyRingFile, writeKeyRingFile, type WriteKeyRingOptions } from './key-ring-file.js';
export { auditSigningKey, type AuditSigningKey, type Ed25519PrivateJwk, type Ed25519PublicJwk } from './audit-signing-key.js';
export { DataKey, DATA_KEY_BYTES, newDataKey, wrapDataKey, unwrapDataKey, rewrapDataKey, type WrappedDataKey } from './data-key.js';
export { sealField, openField, sealText, openText, type FieldBinding } from './sealed-field.js';
export { normaliseIdentityNumber } from './identity-number.js';
export { blindIndex, blindIndexHex, blindIndexesAllVersions, keyedToken, BLIND_INDEX_BYTES } from './blind-index.js';
export { rowMac, verifyRowMac, ROW_MAC_BYTES } from './row-mac.js';
export { auditPublicKeys, rotateAuditSigningKey, type PublishedAuditKey } from './audit-signing-keys.js';
