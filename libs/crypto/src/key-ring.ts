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

/** A version of the blind-index root key. Identity-number indexes are made with the active one only. */
export interface BlindIndexKey {
  readonly version: number;
  readonly createdAt: string;
  readonly key: Uint8Array;
}

/** Everything a key ring is made of; the constructor checks it and copies it. */
export interface KeyRingMaterial {
  readonly activeKekVersion: number;
  readonly keks: readonly KeyEncryptionKey[];
  /**
   * Versioned blind-index root keys (see blind-index.ts). A ring of format 1 has one unversioned root key,
   * `blindIndexRootKey`, which becomes version 1; give either that or these two.
   */
  readonly blindIndexKeys?: readonly BlindIndexKey[];
  readonly activeBlindIndexVersion?: number;
  readonly blindIndexRootKey?: Uint8Array;
  /**
   * The key of the row MACs over plaintext columns (row-mac.ts) and of keyed tokens (blind-index.ts
   * keyedToken). Absent in a ring of format 1: both are then derived one-way from the version-1 blind-index
   * root key, so that retiring that version later leaves nothing in the ring that leads back to it.
   */
  readonly rowMacKey?: Uint8Array;
  readonly tokenKey?: Uint8Array;
  /** The Ed25519 private key's 32-byte seed (the JWK's `d`). */
  readonly auditSigningSeed: Uint8Array;
  /** Public keys of audit-signing keys rotated out: checkpoints they signed still verify (audit-signing-keys.ts). */
  readonly retiredAuditPublicKeys?: readonly RetiredAuditPublicKey[];
}

/** An audit-signing key rotated out: its public half only, and when it stopped signing. */
export interface RetiredAuditPublicKey {
  readonly publicKey: Uint8Array;
  readonly retiredAt: string;
}

const ROW_MAC_KEY_CONTEXT = 'registry.row-mac-key.v1';
const TOKEN_KEY_CONTEXT = 'registry.token-key.v1';
/** createdAt of the version a format-1 root key becomes: unknown, so the epoch. */
const UNKNOWN_CREATED_AT = new Date(0).toISOString();

/**
 * The registry's keys: versioned key-encryption keys with exactly one active version, the root key of the
 * blind indexes, and the audit-signing key. Key material sits in private fields so that logging or
 * JSON-encoding a ring by mistake shows versions only; `serializeKeyRing` is the one deliberate way out.
 */
export class KeyRing {
  readonly #active: KeyEncryptionKey;
  readonly #keks: ReadonlyMap<number, KeyEncryptionKey>;
  readonly #blindIndexKeys: ReadonlyMap<number, BlindIndexKey>;
  readonly #activeBlindIndex: BlindIndexKey;
  readonly #rowMacKey: Uint8Array;
  readonly #tokenKey: Uint8Array;
  readonly #auditSigningSeed: Uint8Array;
  readonly #auditSigningPublicKey: Uint8Array;
  readonly #retiredAuditPublicKeys: readonly RetiredAuditPublicKey[];

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
    requireBytes(material.auditSigningSeed, AUDIT_SIGNING_SEED_BYTES, 'audit-signing seed');
    const blind = blindIndexKeysOf(material);

    this.#active = active;
    this.#keks = keks;
    this.#blindIndexKeys = blind.keys;
    this.#activeBlindIndex = blind.active;
    const legacyRoot = blind.keys.get(1)?.key;
    this.#rowMacKey = derivedOrGiven(material.rowMacKey, legacyRoot, ROW_MAC_KEY_CONTEXT, 'row-MAC key');
    this.#tokenKey = derivedOrGiven(material.tokenKey, legacyRoot, TOKEN_KEY_CONTEXT, 'token key');
    this.#auditSigningSeed = material.auditSigningSeed.slice();
    this.#auditSigningPublicKey = sodium().crypto_sign_seed_keypair(this.#auditSigningSeed).publicKey;
    this.#retiredAuditPublicKeys = Object.freeze(
      (material.retiredAuditPublicKeys ?? []).map((retired, i) => {
        requireBytes(retired.publicKey, AUDIT_SIGNING_SEED_BYTES, `retired audit public key ${i}`);
        if (typeof retired.retiredAt !== 'string' || Number.isNaN(Date.parse(retired.retiredAt))) {
          throw new KeyRingError(`key ring: retired audit public key ${i} needs an ISO 8601 retiredAt`);
        }
        return Object.freeze({ publicKey: retired.publicKey.slice(), retiredAt: retired.retiredAt });
      }),
    );
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

  /** The active blind-index root key: new indexes are made with it. */
  get blindIndexRootKey(): Uint8Array {
    return this.#activeBlindIndex.key;
  }

  get activeBlindIndexVersion(): number {
    return this.#activeBlindIndex.version;
  }

  /** Ascending. */
  get blindIndexVersions(): number[] {
    return [...this.#blindIndexKeys.keys()].sort((a, b) => a - b);
  }

  /** @throws KeyRingError when the ring does not hold that version (retired, or never made). */
  blindIndexKey(version: number): BlindIndexKey {
    const key = this.#blindIndexKeys.get(version);
    if (key === undefined) throw new KeyRingError(`key ring: blind-index key version ${version} is not in the key ring`);
    return key;
  }

  get rowMacKey(): Uint8Array {
    return this.#rowMacKey;
  }

  get tokenKey(): Uint8Array {
    return this.#tokenKey;
  }

  get auditSigningSeed(): Uint8Array {
    return this.#auditSigningSeed;
  }

  get auditSigningPublicKey(): Uint8Array {
    return this.#auditSigningPublicKey;
  }

  /** Oldest first. */
  get retiredAuditPublicKeys(): readonly RetiredAuditPublicKey[] {
    return this.#retiredAuditPublicKeys;
  }

  /** What a mistaken JSON.stringify(ring) shows: versions, never keys. */
  toJSON(): { activeKekVersion: number; kekVersions: number[]; activeBlindIndexVersion: number; blindIndexVersions: number[] } {
    return {
      activeKekVersion: this.activeKekVersion,
      kekVersions: this.kekVersions,
      activeBlindIndexVersion: this.activeBlindIndexVersion,
      blindIndexVersions: this.blindIndexVersions,
    };
  }

  material(): KeyRingMaterial {
    return {
      activeKekVersion: this.#active.version,
      keks: this.kekVersions.map((version) => this.kek(version)),
      activeBlindIndexVersion: this.#activeBlindIndex.version,
      blindIndexKeys: this.blindIndexVersions.map((version) => this.blindIndexKey(version)),
      rowMacKey: this.#rowMacKey,
      tokenKey: this.#tokenKey,
      auditSigningSeed: this.#auditSigningSeed,
      retiredAuditPublicKeys: this.#retiredAuditPublicKeys,
    };
  }
}

function blindIndexKeysOf(material: KeyRingMaterial): { keys: Map<number, BlindIndexKey>; active: BlindIndexKey } {
  const given =
    material.blindIndexKeys ??
    (material.blindIndexRootKey === undefined ? [] : [{ version: 1, createdAt: UNKNOWN_CREATED_AT, key: material.blindIndexRootKey }]);
  const activeVersion = material.blindIndexKeys ? material.activeBlindIndexVersion : 1;
  const keys = new Map<number, BlindIndexKey>();
  for (const entry of given) {
    if (!Number.isInteger(entry.version) || entry.version < 1 || entry.version > MAX_KEK_VERSION) {
      throw new KeyRingError(`key ring: blind-index key versions must be integers from 1 to ${MAX_KEK_VERSION}`);
    }
    if (keys.has(entry.version)) throw new KeyRingError(`key ring: blind-index key version ${entry.version} appears more than once`);
    requireBytes(entry.key, BLIND_INDEX_ROOT_KEY_BYTES, `blind-index root key version ${entry.version}`);
    if (typeof entry.createdAt !== 'string' || Number.isNaN(Date.parse(entry.createdAt))) {
      throw new KeyRingError(`key ring: blind-index key version ${entry.version} needs an ISO 8601 createdAt`);
    }
    keys.set(entry.version, Object.freeze({ version: entry.version, createdAt: entry.createdAt, key: entry.key.slice() }));
  }
  const active = activeVersion === undefined ? undefined : keys.get(activeVersion);
  if (active === undefined) throw new KeyRingError('key ring: the active blind-index key version is not among its blind-index keys');
  return { keys, active };
}

function derivedOrGiven(given: Uint8Array | undefined, legacyRoot: Uint8Array | undefined, context: string, what: string): Uint8Array {
  if (given !== undefined) {
    requireBytes(given, BLIND_INDEX_ROOT_KEY_BYTES, what);
    return given.slice();
  }
  if (legacyRoot === undefined) throw new KeyRingError(`key ring: the ${what} is missing`);
  return sodium().crypto_generichash(BLIND_INDEX_ROOT_KEY_BYTES, context, legacyRoot);
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
    activeBlindIndexVersion: 1,
    blindIndexKeys: [{ version: 1, createdAt: now.toISOString(), key: s.randombytes_buf(BLIND_INDEX_ROOT_KEY_BYTES) }],
    rowMacKey: s.randombytes_buf(BLIND_INDEX_ROOT_KEY_BYTES),
    tokenKey: s.randombytes_buf(BLIND_INDEX_ROOT_KEY_BYTES),
    auditSigningSeed: s.randombytes_buf(AUDIT_SIGNING_SEED_BYTES),
  });
}

/**
 * Adds a fresh KEK one above the highest version and makes it active: `publishKek` and `activateKek` in
 * one step, for a single instance. Older versions stay so that data keys wrapped under them still open;
 * re-wrap them (`rewrapDataKey`) and then drop the old version (`withoutVersion`).
 */
export function rotateKeyRing(ring: KeyRing, now: Date = new Date()): KeyRing {
  const published = publishKek(ring, now);
  return activateKek(published, Math.max(...published.kekVersions));
}

/**
 * Phase one of a rotation across instances: adds a fresh KEK one above the highest version, NOT active.
 * Every instance given this ring can open keys wrapped under it, while all keep wrapping under the active
 * one; once every instance has it, `activateKek` makes it the one new keys are wrapped under.
 */
export function publishKek(ring: KeyRing, now: Date = new Date()): KeyRing {
  const current = ring.material();
  const version = Math.max(...ring.kekVersions) + 1;
  if (version > MAX_KEK_VERSION) throw new KeyRingError('key ring: no KEK version numbers left');
  return new KeyRing({
    ...current,
    keks: [...current.keks, { version, createdAt: now.toISOString(), key: sodium().randombytes_buf(KEK_BYTES) }],
  });
}

/** Versions above the active one: published, waiting to be activated. Ascending. */
export function publishedKekVersions(ring: KeyRing): number[] {
  return ring.kekVersions.filter((version) => version > ring.activeKekVersion);
}

/** Phase two: makes a published version active. Only a version above the active one may become active. */
export function activateKek(ring: KeyRing, version: number): KeyRing {
  if (!ring.kekVersions.includes(version)) throw new KeyRingError(`key ring: KEK version ${version} is not in the key ring`);
  if (version <= ring.activeKekVersion) {
    throw new KeyRingError(`key ring: KEK version ${version} is not newer than the active version ${ring.activeKekVersion}`);
  }
  return new KeyRing({ ...ring.material(), activeKekVersion: version });
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

/**
 * Adds a fresh blind-index root key one above the highest version and makes it active. The older version
 * stays until every index is re-made under the new one (`keys rotate-blind-index` does both), then goes
 * (`withoutBlindIndexVersion`): an old backup's indexes are then of a key no ring holds any more.
 */
export function rotateBlindIndexKey(ring: KeyRing, now: Date = new Date()): KeyRing {
  const current = ring.material();
  const version = Math.max(...ring.blindIndexVersions) + 1;
  if (version > MAX_KEK_VERSION) throw new KeyRingError('key ring: no blind-index key version numbers left');
  return new KeyRing({
    ...current,
    activeBlindIndexVersion: version,
    blindIndexKeys: [
      ...(current.blindIndexKeys ?? []),
      { version, createdAt: now.toISOString(), key: sodium().randombytes_buf(BLIND_INDEX_ROOT_KEY_BYTES) },
    ],
  });
}

/** The ring without one blind-index key version; the active one cannot be removed. */
export function withoutBlindIndexVersion(ring: KeyRing, version: number): KeyRing {
  if (version === ring.activeBlindIndexVersion) {
    throw new KeyRingError(`key ring: blind-index key version ${version} is active; rotate before removing it`);
  }
  const current = ring.material();
  const keys = current.blindIndexKeys ?? [];
  if (!keys.some((key) => key.version === version)) {
    throw new KeyRingError(`key ring: blind-index key version ${version} is not in the key ring`);
  }
  return new KeyRing({ ...current, blindIndexKeys: keys.filter((key) => key.version !== version) });
}
