import { createHmac, randomBytes } from 'node:crypto';

/**
 * Personal fields (the officer's id, the client address, the free-text purpose) enter an event's hash, and so
 * the Merkle tree, as commitments: HMAC-SHA256 keyed with a random 32-byte salt drawn for the event, over the
 * field's name and value. The values and the salt are kept apart from the chain (audit_personal) and can be
 * erased once the retention period is over; the commitments stay, so every hash, checkpoint and proof still
 * verifies, and without the salt a commitment says nothing about the value (no dictionary of officer ids
 * can be tried against it).
 */
export interface PersonalCommitments {
  /** hex HMAC of the actor. */
  actor: string;
  /** hex HMAC of the purpose, or null when there was none. */
  purpose: string | null;
  /** hex HMAC of the client address, or null when there was none. */
  clientAddress: string | null;
  /** hex 32-byte salt while the values are kept; null once they were erased. */
  salt: string | null;
}

const SALT_BYTES = 32;
const HEX_64 = /^[0-9a-f]{64}$/;

export function newSalt(): string {
  return randomBytes(SALT_BYTES).toString('hex');
}

export function commitField(salt: string, field: 'actor' | 'purpose' | 'clientAddress', value: string): string {
  return createHmac('sha256', Buffer.from(salt, 'hex')).update(`${field}\0${value}`, 'utf8').digest('hex');
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
