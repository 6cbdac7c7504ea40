import type { EntityManager } from 'typeorm';
import { shredCaseHousehold, updatedRows } from '@registry/database';
import { RETENTION_KINDS, type RetentionCutoff, type RetentionKind } from './retention-schedule.js';

/** How many records of each kind: the only thing a preview or a run ever tells (never an id or a value). */
export type RetentionCounts = Record<RetentionKind, number>;

/** Runs `work` in a transaction of its own (the service's DataSource, or the operator command's connection). */
export type InTransaction = <T>(work: (m: EntityManager) => Promise<T>) => Promise<T>;

/** What a run erased: the counts, and what the audit log needs to name without a protected value. */
export interface RetentionRun {
  counts: RetentionCounts;
  /** Ids of the cases whose households were crypto-shredded (opaque row ids, as `keys shred-case` audits them). */
  shreddedCaseIds: string[];
  /** The audit events whose personal fields were erased, as a seq range. */
  auditSeqRange?: { from: number; to: number };
}

export function zeroCounts(): RetentionCounts {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, 0])) as RetentionCounts;
}

function cutoffOf(cutoffs: readonly RetentionCutoff[], kind: RetentionKind): RetentionCutoff {
  const found = cutoffs.find((cutoff) => cutoff.kind === kind);
  if (!found) throw new Error(`no retention cutoff for ${kind}`);
  return found;
}

// Each kind's selection is written once and used by both the preview and the erasure, so that the dry run
// shows exactly what a run would take.

/** Closed cases (COMPLETED or ABORTED, closed_at set by closeCase) not yet erased, closed before $1. */
const EXPIRED_CASES = `
  FROM registry_case c JOIN data_key k ON k.id = c.data_key_id
 WHERE c.status IN ('COMPLETED', 'ABORTED') AND c.closed_at IS NOT NULL AND c.closed_at < $1 AND k.shredded_at IS NULL`;

/** Ended placements not yet erased, of a case whose household is not erased (then it went with the keys). */
const EXPIRED_PLACEMENTS = `
  FROM placement p JOIN registry_case c ON c.id = p.case_id JOIN data_key k ON k.id = c.data_key_id
 WHERE p.erased_at IS NULL AND p.ended_on IS NOT NULL AND p.ended_on <= $1::date AND k.shredded_at IS NULL`;

/** Presences whose validity ended; an open one (no valid_to) is current intelligence and never expires. */
const EXPIRED_PRESENCES = `
  FROM network_presence n WHERE n.valid_to IS NOT NULL AND n.valid_to <= $1::date`;

/**
 * Ended affiliations of persons that no case still held in the register needs: a household member, or a
 * named threat actor, of a case whose household is not erased keeps them (its placement checks read them,
 * and a former member stays one to the network's rivals).
 */
const EXPIRED_AFFILIATIONS = `
  FROM affiliation a
 WHERE a.valid_to IS NOT NULL AND a.valid_to <= $1::date
   AND NOT EXISTS (SELECT 1 FROM case_member cm JOIN registry_case oc ON oc.id = cm.case_id JOIN data_key ok ON ok.id = oc.data_key_id
                    WHERE cm.person_id = a.person_id AND ok.shredded_at IS NULL)
   AND NOT EXISTS (SELECT 1 FROM threat_assessment t JOIN registry_case oc ON oc.id = t.case_id JOIN data_key ok ON ok.id = oc.data_key_id
                    WHERE a.person_id = ANY (t.threat_actor_ids) AND ok.shredded_at IS NULL)`;

/** Audit events logged before $1 whose personal fields are still there. */
const EXPIRED_AUDIT_PERSONAL = `
  FROM audit_personal p JOIN audit_event e ON e.seq = p.seq WHERE e.at < $1`;

async function count(m: EntityManager, from: string, parameter: unknown): Promise<number> {
  const rows = (await m.query(`SELECT count(*)::int AS n ${from}`, [parameter])) as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** What a run at these cutoffs would erase, per kind. Reads counts only; changes nothing. */
export async function countExpired(m: EntityManager, cutoffs: readonly RetentionCutoff[]): Promise<RetentionCounts> {
  return {
    CLOSED_CASE: await count(m, EXPIRED_CASES, cutoffOf(cutoffs, 'CLOSED_CASE').before),
    ENDED_PLACEMENT: await count(m, EXPIRED_PLACEMENTS, cutoffOf(cutoffs, 'ENDED_PLACEMENT').lastExpiredDay),
    PRESENCE: await count(m, EXPIRED_PRESENCES, cutoffOf(cutoffs, 'PRESENCE').lastExpiredDay),
    AFFILIATION: await count(m, EXPIRED_AFFILIATIONS, cutoffOf(cutoffs, 'AFFILIATION').lastExpiredDay),
    AUDIT_PERSONAL: await count(m, EXPIRED_AUDIT_PERSONAL, cutoffOf(cutoffs, 'AUDIT_PERSONAL').before),
  };
}

/** Marks the checker's decrypted facts stale in every instance (as shredding does): erased facts must not be served from memory. */
async function factsChanged(m: EntityManager): Promise<void> {
  await m.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
}

/**
 * Crypto-shreds each expired closed case's household (the case's data key, and its members' keys that no
 * other case still needs), one transaction per case so that one refusal does not hold back the others.
 */
async function shredClosedCases(inTransaction: InTransaction, cutoff: RetentionCutoff): Promise<string[]> {
  const references = await inTransaction(
    async (m) =>
      (await m.query(`SELECT c.reference ${EXPIRED_CASES} ORDER BY c.closed_at, c.id`, [cutoff.before])) as { reference: string }[],
  );
  const shredded: string[] = [];
  for (const { reference } of references) {
    const result = await inTransaction((m) => shredCaseHousehold(m, reference));
    if (result.caseKeysDestroyed > 0) shredded.push(result.caseId);
  }
  return shredded;
}

/**
 * Erases expired ended placements of cases that live on: their sealed destination, their proposal's sealed
 * place, check and override justification, and their alerts (whose sealed flags name places and networks).
 * Dates, housing type and statuses stay for statistics.
 */
async function eraseEndedPlacements(m: EntityManager, cutoff: RetentionCutoff): Promise<number> {
  const expired = (await m.query(`SELECT p.id, p.proposal_id ${EXPIRED_PLACEMENTS} FOR UPDATE OF p`, [cutoff.lastExpiredDay])) as {
    id: string;
    proposal_id: string;
  }[];
  if (expired.length === 0) return 0;
  const ids = expired.map((row) => row.id);
  await m.query('DELETE FROM alert WHERE placement_id = ANY($1::uuid[])', [ids]);
  await m.query(
    `UPDATE proposal SET municipality_sealed = NULL, check_sealed = NULL, override_justification_sealed = NULL WHERE id = ANY($1::uuid[])`,
    [expired.map((row) => row.proposal_id)],
  );
  await m.query('UPDATE placement SET municipality_sealed = NULL, erased_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  return expired.length;
}

async function deleteExpired(m: EntityManager, table: 'network_presence' | 'affiliation', from: string, day: string): Promise<number> {
  const alias = table === 'network_presence' ? 'n' : 'a';
  const deleted = updatedRows<{ id: string }>(
    await m.query(`DELETE FROM ${table} WHERE id IN (SELECT ${alias}.id ${from}) RETURNING id`, [day]),
  );
  return deleted.length;
}

async function eraseAuditPersonal(
  m: EntityManager,
  cutoff: RetentionCutoff,
): Promise<{ from: number; to: number; count: number } | undefined> {
  const rows = updatedRows<{ seq: string }>(
    await m.query(`DELETE FROM audit_personal p USING audit_event e WHERE e.seq = p.seq AND e.at < $1 RETURNING p.seq::text AS seq`, [
      cutoff.before,
    ]),
  );
  if (rows.length === 0) return undefined;
  const seqs = rows.map((row) => Number(row.seq));
  return { from: Math.min(...seqs), to: Math.max(...seqs), count: seqs.length };
}

/** Erases the personal fields of audit events older than the cutoff (see AuditRetention). */
export async function erasePersonalAuditFields(
  inTransaction: InTransaction,
  cutoff: RetentionCutoff,
): Promise<{ from: number; to: number; count: number } | undefined> {
  return inTransaction((m) => eraseAuditPersonal(m, cutoff));
}

/**
 * Erases everything that has expired at these cutoffs. Idempotent: what is erased is no longer selected,
 * so a second run at the same moment erases nothing. The caller audits the returned counts.
 */
export async function eraseExpired(inTransaction: InTransaction, cutoffs: readonly RetentionCutoff[]): Promise<RetentionRun> {
  const counts = zeroCounts();
  const shreddedCaseIds = await shredClosedCases(inTransaction, cutoffOf(cutoffs, 'CLOSED_CASE'));
  counts.CLOSED_CASE = shreddedCaseIds.length;
  await inTransaction(async (m) => {
    counts.ENDED_PLACEMENT = await eraseEndedPlacements(m, cutoffOf(cutoffs, 'ENDED_PLACEMENT'));
    counts.PRESENCE = await deleteExpired(m, 'network_presence', EXPIRED_PRESENCES, cutoffOf(cutoffs, 'PRESENCE').lastExpiredDay);
    counts.AFFILIATION = await deleteExpired(m, 'affiliation', EXPIRED_AFFILIATIONS, cutoffOf(cutoffs, 'AFFILIATION').lastExpiredDay);
    if (counts.ENDED_PLACEMENT + counts.PRESENCE + counts.AFFILIATION > 0) await factsChanged(m);
  });
  const audit = await erasePersonalAuditFields(inTransaction, cutoffOf(cutoffs, 'AUDIT_PERSONAL'));
  counts.AUDIT_PERSONAL = audit?.count ?? 0;
  return { counts, shreddedCaseIds, auditSeqRange: audit ? { from: audit.from, to: audit.to } : undefined };
}

/** The counts as one opaque line for the audit log's resource id: `CLOSED_CASE=1,ENDED_PLACEMENT=0,…`. */
export function countsLine(counts: RetentionCounts): string {
  return RETENTION_KINDS.map((kind) => `${kind}=${counts[kind]}`).join(',');
}
