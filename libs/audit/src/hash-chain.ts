import { hash } from 'node:crypto';
import type { AuditChainHead, AuditEventDraft, AuditEventFields, AuditEventRecord } from './audit-event.js';
import { chainInput } from './canonical-encoding.js';

/** prevHash of the first event: there is nothing before it. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** hex SHA-256(prevHash ‖ encodeEvent(fields)), prevHash taken as its 32 raw bytes. */
export function chainHash(prevHash: string, fields: AuditEventFields): string {
  // The encoding carries prevHash too; hashing one link while the event names another would let a
  // record claim a predecessor it was never chained to.
  if (fields.prevHash !== prevHash) throw new RangeError('fields.prevHash differs from the prevHash being chained to');
  return hash('sha256', chainInput(fields), 'hex');
}

/** The event that follows `prev` (or starts the chain when `prev` is null), with seq and hashes filled in. */
export function buildNextEvent(prev: AuditChainHead | null, draft: AuditEventDraft): AuditEventRecord {
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
  return { ...fields, hash: chainHash(fields.prevHash, fields) };
}

/** True for exactly the strings `Date.prototype.toISOString` produces, so a stored value reads back identical. */
function isCanonicalTimestamp(value: string): boolean {
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}
