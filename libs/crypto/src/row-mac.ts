/*
 * Row MACs: the plaintext columns a verdict or a need-to-know decision depends on (dates, statuses,
 * regions, confidences, foreign keys) are not secret, but a database writer must not be able to change
 * them unnoticed. Each such row stores
 *   row_mac = BLAKE2b-256(key = ring.rowMacKey, message = "registry.row-mac.v1" 0x00 canonical row)
 * where the canonical row is a text the database renders the same way on every read (the table name, the
 * row's id and the covered columns as a JSON array; see libs/database row-macs). A change to any covered
 * column, a null, another row's value or MAC copied over, or swapped ids, all fail as an IntegrityError.
 */
import { IntegrityError } from './errors.js';
import type { KeyRing } from './key-ring.js';
import { sodium } from './sodium.js';

export const ROW_MAC_BYTES = 32;
const CONTEXT = 'registry.row-mac.v1\u0000';

export function rowMac(ring: KeyRing, canonicalRow: string): Uint8Array {
  if (typeof canonicalRow !== 'string' || canonicalRow.length === 0) throw new TypeError('a row MAC needs the canonical row');
  return sodium().crypto_generichash(ROW_MAC_BYTES, CONTEXT + canonicalRow, ring.rowMacKey);
}

/** @throws IntegrityError when the MAC is missing or does not match the row as read. */
export function verifyRowMac(ring: KeyRing, canonicalRow: string, stored: Uint8Array | null | undefined): void {
  if (!(stored instanceof Uint8Array) || stored.length !== ROW_MAC_BYTES) {
    throw new IntegrityError('a protected row lacks its MAC');
  }
  if (!sodium().memcmp(rowMac(ring, canonicalRow), stored)) {
    throw new IntegrityError('a protected row failed authentication');
  }
}
