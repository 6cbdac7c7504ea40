import { KeyRingError, KeyUnavailableError } from './errors.js';
import { sodium } from './sodium.js';

export const KEK_BYTES = 32;
export const BLIND_INDEX_ROOT_KEY_BYTES = 32;
export const AUDIT_SIGNING_SEED_BYTES = 32;
/** Key versions are stored next to every wrapped data key in a PostgreSQL `integer` column. */
export const MAX_KEK_VERSION = 2_147_483_647;

/** A key-encryption key: wraps data keys, never seals a field itself. */
export interface KeyEncryptionKey {
  readonly version: number;
  /** ISO 8601; tells the operator how old a version is before removing it. */
  readonly createdAt: string;
  readonly key: Uint8Array;
}

/** Everything a key ring is made of; the constructor checks it and copies it. */
export interface KeyRingMaterial {
  readonly activeKekVersion: number;
  readonly keks: readonly KeyEncryptionKey[];
  readonly blindIndexRootKey: Uint8Array;
  /** The Ed25519 private key's 32-byte seed (the JWK's `d`). */
  readonly auditSigningSeed: Uint8Array;
}

/**
 * The registry's keys: versioned key-encryption keys with exactly one active version, the root key of the
 * blind indexes, and the audit-signing key. Key material sits in private fields so that logging or
 * JSON-encoding a ring by mistake shows versions only; `serializeKeyRing` is the one deliberate way out.
 */
export class KeyRing {
  readonly #active: KeyEncryptionKey;
  readonly #keks: ReadonlyMap<number, KeyEncryptionKey>;
  readonly #blindIndexRootKey: Uint8Array;
  readonly #auditSigningSeed: Uint8Array;
  readonly #auditSigningPublicKey: Uint8Array;

  constructor(material: KeyRingMaterial) {
    const keks = new Map<number, KeyEncryptionKey>();
    for (const kek of material.keks) {
      if (!Number.isInteger(kek.version) || kek.version < 1 || kek.version > MAX_KEK_VERSION) {
        throw new KeyRingError(`key ring: KEK versions must be integers from 1 to ${MAX_KEK_VERSION}`);
      }
      if (keks.has(kek.version)) {
        throw new KeyRingError(`key ring: KEK version ${kek.version} appears more than once`);
      }
      if (!(kek.key instanceof Uint8Array) || kek.key.length !== KEK_BYTES) {
        throw new KeyRingError(`key ring: KEK version ${kek.version} must be ${KEK_BYTES} bytes`);
      }
      if (typeof kek.createdAt !== 'string' || Number.isNaN(Date.parse(kek.createdAt))) {
        throw new KeyRingError(`key ring: KEK version ${kek.version} needs an ISO 8601 createdAt`);
      }
      keks.set(kek.version, Object.freeze({ version: kek.version, createdAt: kek.createdAt, key: kek.key.slice() }));
    }
    const active = keks.get(material.activeKekVersion);
    if (active === undefined) {
      throw new KeyRingError('key ring: the active KEK version is not among its KEKs');
    }
    requireBytes(material.blindIndexRootKey, BLIND_INDEX_ROOT_KEY_BYTES, 'blind-index root key');
    requireBytes(material.auditSigningSeed, AUDIT_SIGNING_SEED_BYTES, 'audit-signing seed');

    this.#active = active;
    this.#keks = keks;
    this.#blindIndexRootKey = material.blindIndexRootKey.slice();
    this.#auditSigningSeed = material.auditSigningSeed.slice();
    this.#auditSigningPublicKey = sodium().crypto_sign_seed_keypair(this.#auditSigningSeed).publicKey;
  }

  get activeKekVersion(): number {
    return this.#active.version;
  }

  /** Ascending. */
  get kekVersions(): number[] {
    return [...this.#keks.keys()].sort((a, b) => a - b);
  }

  get activeKek(): KeyEncryptionKey {
    return this.#active;
  }

  /** @throws KeyUnavailableError when the ring does not hold that version. */
  kek(version: number): KeyEncryptionKey {
    const kek = this.#keks.get(version);
    if (kek === undefined) throw new KeyUnavailableError(version);
    return kek;
  }

  get blindIndexRootKey(): Uint8Array {
    return this.#blindIndexRootKey;
  }

  get auditSigningSeed(): Uint8Array {
    return this.#auditSigningSeed;
  }

  get auditSigningPublicKey(): Uint8Array {
    return this.#auditSigningPublicKey;
  }

  /** What a mistaken JSON.stringify(ring) shows: versions, never keys. */
  toJSON(): { activeKekVersion: number; kekVersions: number[] } {
    return { activeKekVersion: this.activeKekVersion, kekVersions: this.kekVersions };
  }

  material(): KeyRingMaterial {
    return {
      activeKekVersion: this.#active.version,
      keks: this.kekVersions.map((version) => this.kek(version)),
      blindIndexRootKey: this.#blindIndexRootKey,
      auditSigningSeed: this.#auditSigningSeed,
    };
  }
}

function requireBytes(value: unknown, length: number, what: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    throw new KeyRingError(`key ring: the ${what} must be ${length} bytes`);
  }
}

export function generateKeyRing(now: Date = new Date()): KeyRing {
  const s = sodium();
  return new KeyRing({
    activeKekVersion: 1,
    keks: [{ version: 1, createdAt: now.toISOString(), key: s.randombytes_buf(KEK_BYTES) }],
    blindIndexRootKey: s.randombytes_buf(BLIND_INDEX_ROOT_KEY_BYTES),
    auditSigningSeed: s.randombytes_buf(AUDIT_SIGNING_SEED_BYTES),
  });
}

/**
 * Adds a fresh KEK one above the highest version and makes it active. Older versions stay so that data keys
 * wrapped under them still open; re-wrap them (`rewrapDataKey`) and then drop the old version (`withoutVersion`).
 */
export function rotateKeyRing(ring: KeyRing, now: Date = new Date()): KeyRing {
  const current = ring.material();
  const version = Math.max(...ring.kekVersions) + 1;
  if (version > MAX_KEK_VERSION) throw new KeyRingError('key ring: no KEK version numbers left');
  return new KeyRing({
    ...current,
    activeKekVersion: version,
    keks: [...current.keks, { version, createdAt: now.toISOString(), key: sodium().randombytes_buf(KEK_BYTES) }],
  });
}

/** The ring without one KEK version. The active version cannot be removed: rotate first. */
export function withoutVersion(ring: KeyRing, version: number): KeyRing {
  if (version === ring.activeKekVersion) {
    throw new KeyRingError(`key ring: KEK version ${version} is active; rotate before removing it`);
  }
  const current = ring.material();
  if (!current.keks.some((kek) => kek.version === version)) {
    throw new KeyRingError(`key ring: KEK version ${version} is not in the key ring`);
  }
  return new KeyRing({ ...current, keks: current.keks.filter((kek) => kek.version !== version) });
}
