/*
 * Envelope encryption: every household/case, the network-intelligence domain and each person outside any
 * case has a data key of its own, stored only wrapped by a key-encryption key (KEK). Rotating the KEK
 * re-wraps data keys without touching a sealed row; deleting a wrapped data key erases everything sealed
 * under it, backups included (crypto-shredding).
 *
 * Wrapped data key format, version 1 (`WrappedDataKey.wrapped`, 73 bytes):
 *   [0]       format version 0x01
 *   [1..25)   XChaCha20 nonce, 24 random bytes
 *   [25..73)  XChaCha20-Poly1305-IETF ciphertext of the 32-byte data key, then its 16-byte tag
 * Associated data (rebuilt, not stored): 0x01 'K' | u32be KEK version | u32be length + data-key id (UTF-8).
 * Binding the id means a wrapped key copied onto another household's row does not open; binding the version
 * means the stored version number cannot be swapped for another.
 */
import {
  FORMAT_V1,
  HEADER_BYTES,
  NONCE_BYTES,
  TAG_BYTES,
  lengthPrefixedMaxBytes,
  writeLengthPrefixed,
  writeUint32,
} from './binary-format.js';
import { IntegrityError } from './errors.js';
import type { KeyRing } from './key-ring.js';
import { fillNonce } from './nonce.js';
import { sodium } from './sodium.js';

export const DATA_KEY_BYTES = 32;
const WRAPPED_BYTES = HEADER_BYTES + DATA_KEY_BYTES + TAG_BYTES;
const WRAP_PURPOSE = 0x4b; // 'K': keeps wrapped-key and sealed-field associated data apart

/** A data key in the clear, with the id it is bound to. Logging it shows the id only. */
export class DataKey {
  readonly id: string;
  readonly #key: Uint8Array;
  #wiped = false;

  constructor(id: string, key: Uint8Array) {
    if (typeof id !== 'string' || id.length === 0) throw new TypeError('a data key needs a non-empty id');
    if (!(key instanceof Uint8Array) || key.length !== DATA_KEY_BYTES) {
      throw new TypeError(`a data key must be ${DATA_KEY_BYTES} bytes`);
    }
    this.id = id;
    this.#key = key.slice();
  }

  get key(): Uint8Array {
    // Fail closed: a wiped key is all zeros, and sealing with it would write data anyone can open.
    if (this.#wiped) throw new IntegrityError('the data key was wiped from memory');
    return this.#key;
  }

  /** Overwrites the key with zeros: it neither opens nor seals anything afterwards (IntegrityError), and leaves no copy in this object. */
  wipe(): void {
    sodium().memzero(this.#key);
    this.#wiped = true;
  }

  toJSON(): { id: string } {
    return { id: this.id };
  }
}

/** What the database stores for a data key. */
export interface WrappedDataKey {
  readonly kekVersion: number;
  readonly wrapped: Uint8Array;
}

/** A fresh random data key for `dataKeyId` (e.g. the case id, or a fixed id for network intelligence). */
export function newDataKey(dataKeyId: string): DataKey {
  return new DataKey(dataKeyId, sodium().randombytes_buf(DATA_KEY_BYTES));
}

/**
 * Wraps with the ring's active KEK, or with `kekVersion` (a version activated in the database by another
 * ring file's owner, which this ring holds as published; see publishKek).
 */
export function wrapDataKey(ring: KeyRing, dataKey: DataKey, kekVersion = ring.activeKekVersion): WrappedDataKey {
  const s = sodium();
  const kek = ring.kek(kekVersion);
  const wrapped = new Uint8Array(WRAPPED_BYTES);
  wrapped[0] = FORMAT_V1;
  const nonce = wrapped.subarray(1, HEADER_BYTES);
  fillNonce(nonce);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    dataKey.key,
    wrapAssociatedData(kek.version, dataKey.id),
    null,
    nonce,
    kek.key,
  );
  wrapped.set(ciphertext, HEADER_BYTES);
  return { kekVersion: kek.version, wrapped };
}

/**
 * @throws KeyUnavailableError when the ring lacks `stored.kekVersion`
 * @throws IntegrityError when the wrapped key is damaged, or belongs to another id or KEK version
 */
export function unwrapDataKey(ring: KeyRing, stored: WrappedDataKey, dataKeyId: string): DataKey {
  const kek = ring.kek(stored.kekVersion);
  const { wrapped } = stored;
  if (!(wrapped instanceof Uint8Array) || wrapped.length !== WRAPPED_BYTES || wrapped[0] !== FORMAT_V1) {
    throw new IntegrityError('a wrapped data key is malformed');
  }
  let key: Uint8Array;
  try {
    key = sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      wrapped.subarray(HEADER_BYTES),
      wrapAssociatedData(kek.version, dataKeyId),
      wrapped.subarray(1, 1 + NONCE_BYTES),
      kek.key,
    );
  } catch {
    throw new IntegrityError('a wrapped data key failed authentication');
  }
  const dataKey = new DataKey(dataKeyId, key);
  sodium().memzero(key);
  return dataKey;
}

/**
 * Re-wraps under the active KEK, for rotation. Always unwraps first, so a rotation run also proves every
 * stored key still opens; a key already under the active version comes back unchanged (no write needed).
 */
export function rewrapDataKey(ring: KeyRing, stored: WrappedDataKey, dataKeyId: string): WrappedDataKey {
  const dataKey = unwrapDataKey(ring, stored, dataKeyId);
  if (stored.kekVersion === ring.activeKekVersion) return stored;
  return wrapDataKey(ring, dataKey);
}

function wrapAssociatedData(kekVersion: number, dataKeyId: string): Uint8Array {
  const ad = new Uint8Array(2 + 4 + lengthPrefixedMaxBytes(dataKeyId));
  ad[0] = FORMAT_V1;
  ad[1] = WRAP_PURPOSE;
  writeUint32(ad, 2, kekVersion);
  return ad.subarray(0, writeLengthPrefixed(ad, 6, dataKeyId));
}
