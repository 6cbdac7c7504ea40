/*
 * Blind index: an exact-match look-up on a sealed identity number without decrypting every row.
 *   column key = BLAKE2b-256(key = blind-index root key, message = "registry.blind-index.v1" 0x00 column)
 *   index      = first BLIND_INDEX_BYTES of BLAKE2b-128(key = column key, message = 12-digit number)
 * A key per column means the same person gives unrelated indexes in two columns, so the columns cannot be
 * joined with each other by anyone reading the database.
 *
 * Why 8 bytes (64 bits). Collisions: over ~10^7 people the expected number of colliding pairs is about
 * (10^7)^2 / 2^65 ≈ 3·10^-6, so a hit is one person and a unique constraint on the index stays possible;
 * fewer bits would start to merge people (32 bits: ~10^4 colliding pairs nationally).
 * Offline guessing: without the key the index is a PRF output and cannot be tested against guesses at any
 * length. With the key, nothing here helps: the space of valid 12-digit numbers is ~10^8 (about 10^10
 * before the check digit), which one machine enumerates in minutes, and truncating only helps once every
 * index value is shared by many valid numbers (about 2^24 values or fewer), a length at which a national
 * population collides all the time, and which the person's other columns (birth year) would disambiguate
 * anyway. So the protection is keeping the key outside the database (key ring file or KMS), not the
 * truncation; 64 bits is the shortest length at which look-ups stay exact.
 */
import { InvalidIdentityNumberError } from './errors.js';
import type { KeyRing } from './key-ring.js';
import { sodium } from './sodium.js';

export const BLIND_INDEX_BYTES = 8;
const HASH_BYTES = 16; // crypto_generichash_BYTES_MIN; truncated below
const COLUMN_KEY_BYTES = 32;
const CONTEXT = 'registry.blind-index.v1\u0000';

// Derived once per ring, root and column, not per look-up.
const columnKeys = new WeakMap<KeyRing, Map<string, Uint8Array>>();

/**
 * The blind index of `normalised` (the output of `normaliseIdentityNumber`) for `column`, e.g.
 * "person.identity_number", under the ring's active blind-index key version, or under `version`.
 * Store the version with the index (a rotation re-makes every index under the new version, and the old
 * version is retired only when none is left).
 */
export function blindIndex(ring: KeyRing, column: string, normalised: string, version = ring.activeBlindIndexVersion): Uint8Array {
  // A raw "YYMMDD-NNNN" would index differently from its normalised form and silently never match.
  if (typeof normalised !== 'string' || !/^\d{12}$/.test(normalised)) throw new InvalidIdentityNumberError();
  const root = ring.blindIndexKey(version).key;
  return sodium()
    .crypto_generichash(HASH_BYTES, normalised, columnKey(ring, `v${version}`, root, column))
    .slice(0, BLIND_INDEX_BYTES);
}

/** The index under every version the ring holds, newest first: look-ups while a rotation is re-indexing. */
export function blindIndexesAllVersions(ring: KeyRing, column: string, normalised: string): { version: number; index: Uint8Array }[] {
  return ring.blindIndexVersions.reverse().map((version) => ({ version, index: blindIndex(ring, column, normalised, version) }));
}

export function blindIndexHex(ring: KeyRing, column: string, normalised: string): string {
  return Buffer.from(blindIndex(ring, column, normalised)).toString('hex');
}

function columnKey(ring: KeyRing, root: string, rootKey: Uint8Array, column: string): Uint8Array {
  if (typeof column !== 'string' || column.length === 0) throw new TypeError('a blind index needs a column name');
  let byColumn = columnKeys.get(ring);
  if (byColumn === undefined) {
    byColumn = new Map();
    columnKeys.set(ring, byColumn);
  }
  const cacheKey = `${root}\u0000${column}`;
  let key = byColumn.get(cacheKey);
  if (key === undefined) {
    key = sodium().crypto_generichash(COLUMN_KEY_BYTES, CONTEXT + column, rootKey);
    byColumn.set(cacheKey, key);
  }
  return key;
}

/**
 * A keyed token for any short value (not an identity number), e.g. a probed destination, so that
 * "how many distinct values" can be counted without storing which. 16 bytes: these tokens are compared,
 * never looked up, so there is no reason to truncate further. Under the ring's token key, which does not
 * rotate with the blind-index key: tokens are compared with ones stored earlier (probe windows, the
 * opaque ids of the audit log), and a token of a destination or a case reveals no identity number.
 */
export function keyedToken(ring: KeyRing, purpose: string, value: string): Uint8Array {
  return sodium().crypto_generichash(HASH_BYTES, value, columnKey(ring, 'token', ring.tokenKey, `token:${purpose}`));
}
