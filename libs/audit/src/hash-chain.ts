import { hash } from 'node:crypto';
import type { AuditChainHead, AuditEventDraft, AuditEventFields, AuditEventRecord } from './audit-event.js';
import { chainInput } from './canonical-encoding.js';
import { commitPersonal, newSalt } from './personal-commitment.js';

/** prevHash of the first event: there is nothing before it. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** hex SHA-256(prevHash ‖ encodeEvent(fields)), prevHash taken as its 32 raw bytes. */
export function chainHash(prevHash: string, fields: AuditEventFields): string {
  // The encoding carries prevHash too; hashing one link while the event names another would let a
  // record claim a predecessor it was never chained to.
  if (fields.prevHash !== prevHash) throw new RangeError('fields.prevHash differs from the prevHash being chained to');
  return hash('sha256', chainInput(fields), 'hex');
}

/**
 * The event that follows `prev` (or starts the chain when `prev` is null), with seq and hashes filled in.
 * Its personal fields are committed under a fresh salt (encoding version 2), unless `salt` is given (to
 * rebuild a stored event) or null (a version 1 event, values hashed in clear: tests of old logs only).
 */
export function buildNextEvent(prev: AuditChainHead | null, draft: AuditEventDraft, salt: string | null = newSalt()): AuditEventRecord {
  const at = draft.at ?? new Date().toISOString();
  if (!isCanonicalTimestamp(at)) throw new TypeError('at must be an ISO 8601 UTC timestamp with milliseconds');
  const fields: AuditEventFields = {
    seq: prev === null ? 1 : prev.seq + 1,
    at,
    actor: draft.actor,
    roles: [...draft.roles],
    scope: draft.scope,
    action: draft.action,
    resourceType: draft.resourceType,
    resourceId: draft.resourceId,
    purpose: draft.purpose,
    outcome: draft.outcome,
    requestId: draft.requestId,
    clientAddress: draft.clientAddress,
    prevHash: prev === null ? GENESIS_PREV_HASH : prev.hash,
  };
  if (salt !== null) {
    fields.personal = commitPersonal(salt, { actor: draft.actor, purpose: draft.purpose, clientAddress: draft.clientAddress });
  }
  return { ...fields, hash: chainHash(fields.prevHash, fields) };
}

/** True for exactly the strings `Date.prototype.toISOString` produces, so a stored value reads back identical. */
function isCanonicalTimestamp(value: string): boolean {
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}
