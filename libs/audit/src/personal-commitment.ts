import { hash, randomBytes } from 'node:crypto';

/**
 * Personal fields (the officer's id, the client address, the free-text purpose) enter an event's hash, and so
 * the Merkle tree, as commitments: SHA-256(salt || field name || 0x00 || value), with a random 32-byte salt
 * drawn for the event (a hash commitment: hiding while the salt is secret, binding by collision resistance;
 * the field name keeps one field's commitment from standing for another's). The values and the salt are kept apart from the chain (audit_personal) and can be
 * erased once the retention period is over; the commitments stay, so every hash, checkpoint and proof still
 * verifies, and without the salt a commitment says nothing about the value (no dictionary of officer ids
 * can be tried against it).
 */
export interface PersonalCommitments {
  /** hex commitment to the actor. */
  actor: string;
  /** hex commitment to the purpose, or null when there was none. */
  purpose: string | null;
  /** hex commitment to the client address, or null when there was none. */
  clientAddress: string | null;
  /** hex 32-byte salt while the values are kept; null once they were erased. */
  salt: string | null;
}

const SALT_BYTES = 32;
const HEX_64 = /^[0-9a-f]{64}$/;

// Salts are drawn from the CSPRNG in blocks: one call per 128 events rather than one per event.
let pool = Buffer.alloc(0);
let taken = 0;

export function newSalt(): string {
  if (taken + SALT_BYTES > pool.length) {
    pool = randomBytes(SALT_BYTES * 128);
    taken = 0;
  }
  const salt = pool.toString('hex', taken, taken + SALT_BYTES);
  // Each salt is handed out once; wipe it from the pool.
  pool.fill(0, taken, taken + SALT_BYTES);
  taken += SALT_BYTES;
  return salt;
}

export function commitField(salt: string, field: 'actor' | 'purpose' | 'clientAddress', value: string): string {
  return hash('sha256', Buffer.concat([Buffer.from(salt, 'hex'), Buffer.from(`${field}\0${value}`, 'utf8')]), 'hex');
}

export function commitPersonal(
  salt: string,
  values: { actor: string; purpose: string | null; clientAddress: string | null },
): PersonalCommitments {
  if (!HEX_64.test(salt)) throw new TypeError('salt must be 64 lowercase hex digits');
  return {
    actor: commitField(salt, 'actor', values.actor),
    purpose: values.purpose === null ? null : commitField(salt, 'purpose', values.purpose),
    clientAddress: values.clientAddress === null ? null : commitField(salt, 'clientAddress', values.clientAddress),
    salt,
  };
}

/**
 * True when the kept values match their commitments. Once erased (no salt) nothing is left to check, and no
 * value may be shown either: a value beside an erased commitment is one nobody can vouch for.
 */
export function personalMatches(
  personal: PersonalCommitments,
  values: { actor: string | null; purpose: string | null; clientAddress: string | null },
): boolean {
  if (personal.salt === null) return values.actor === '' && values.purpose === null && values.clientAddress === null;
  if (values.actor === null) return false;
  const expected = commitPersonal(personal.salt, { actor: values.actor, purpose: values.purpose, clientAddress: values.clientAddress });
  return expected.actor === personal.actor && expected.purpose === personal.purpose && expected.clientAddress === personal.clientAddress;
}

export function checkCommitments(personal: PersonalCommitments): void {
  if (!HEX_64.test(personal.actor)) throw new TypeError('actor commitment must be 64 lowercase hex digits');
  for (const value of [personal.purpose, personal.clientAddress]) {
    if (value !== null && !HEX_64.test(value)) throw new TypeError('commitments must be 64 lowercase hex digits');
  }
}
