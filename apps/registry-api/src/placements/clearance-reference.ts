import { createHash, randomBytes } from 'node:crypto';

/**
 * The reference a receiving municipality is given: 128 random bits, so it cannot be guessed, and stored
 * only as its SHA-256 (no key needed: with 128 bits of entropy a hash cannot be inverted by guessing).
 */
export function newClearanceReference(): string {
  return `CLR-${randomBytes(16).toString('base64url')}`;
}

export function clearanceReferenceHash(reference: string): Buffer {
  return createHash('sha256').update(reference, 'utf8').digest();
}
