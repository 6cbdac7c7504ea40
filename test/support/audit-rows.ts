/**
 * audit_event as it reads with the personal fields put back: since migration 1732300011100 a version 2
 * event keeps actor, purpose and client address in audit_personal (until erased), and only their
 * commitments in audit_event. Use as `SELECT … FROM ${AUDIT_EVENT_ROWS} WHERE …`: the columns and the name
 * are audit_event's.
 */
export const AUDIT_EVENT_ROWS = `(SELECT e.seq, e.at, coalesce(e.actor, p.actor) AS actor, e.roles, e.scope, e.action, e.resource_type,
    e.resource_id, coalesce(e.purpose, p.purpose) AS purpose, e.outcome, e.request_id,
    coalesce(e.client_address, p.client_address) AS client_address, e.prev_hash, e.hash, e.pending_id, e.actor_commitment,
    e.purpose_commitment, e.client_address_commitment
  FROM audit_event e LEFT JOIN audit_personal p ON p.seq = e.seq) AS audit_event`;
