import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eventFieldValues, toColumns } from './bulk-columns.js';
import type { AuditChainHead, AuditEventRecord, AuditOutcome } from '@registry/audit';

/**
 * One key for the whole chain: whoever holds it (until their transaction ends) is the only appender, in
 * this process or any other instance on the same database. An arbitrary constant, 'AUDT' in ASCII.
 */
const CHAIN_LOCK = 0x41554454;

const INSERT_COLUMNS =
  'seq, at, actor, roles, scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address, prev_hash, hash';
// `at` leaves the database as the very ISO string that was hashed. Parsing a Date per row only to print it
// again cost a third of the time it takes to read the log back for verification.
const COLUMNS = `seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, roles, scope, action,
  resource_type, resource_id, purpose, outcome, request_id, client_address, prev_hash, hash`;

interface EventRow {
  seq: string;
  at: string;
  actor: string;
  roles: string[];
  scope: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  purpose: string | null;
  outcome: AuditOutcome;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
}

/** What an auditor may filter on; every given filter must hold. */
export interface AuditEventFilter {
  actor?: string;
  action?: string;
  resourceId?: string;
  /** inclusive */
  from?: Date;
  /** inclusive */
  to?: Date;
  /** refusals only: outcome `denied` */
  refusedOnly?: boolean;
  /** no event after this seq (an export reads the log as it stood when it began) */
  throughSeq?: number;
}

function toRecord(row: EventRow): AuditEventRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    roles: row.roles,
    scope: row.scope,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    purpose: row.purpose,
    outcome: row.outcome,
    requestId: row.request_id,
    clientAddress: row.client_address,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * An append built on a head that has since moved: the seq primary key (someone took that seq), or the
 * database's check that an event follows the head (migration 1732300012000: the head's hash is not the
 * one this writer knew). Either way nothing was inserted, and the writer reads the head again.
 */
export function isChainConflict(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  const constraint = e?.driverError?.constraint ?? e?.constraint;
  return (code === '23505' && constraint === 'audit_event_pkey') || (code === '23000' && constraint === 'audit_event_follows_head');
}

/** SQL for audit_event. The table only ever grows: there is no update or delete here, and the database refuses both. */
@Injectable()
export class AuditEventRepository {
  /**
   * Takes the chain lock until the transaction ends. Must be its own statement, before `head`: in READ
   * COMMITTED each statement sees what was committed when it started, so the head read after the lock
   * is granted includes the event of whoever held it before.
   */
  async lockChain(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  }

  async head(m: EntityManager): Promise<AuditChainHead | null> {
    const rows = (await m.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    const row = rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /**
   * Inserts events in one statement (one row or a batch of thousands). `pendingIds[i]` names the
   * audit_pending row event i was chained from, so that row may then be deleted.
   */
  async insert(m: EntityManager, events: readonly AuditEventRecord[], pendingIds?: readonly string[]): Promise<void> {
    await this.insertRows(m, events, pendingIds, '');
  }

  /**
   * Takes the chain lock and inserts `events` in the same single statement, committed on its own: for a
   * writer that already knows the head (it wrote it), one round trip and one commit instead of a
   * transaction of five statements. The lock is granted before the first row is produced. Should the head
   * have moved since the writer last saw it (another instance, an operator command), the first seq is
   * taken and the statement fails on the primary key with nothing inserted: the chain cannot fork, and
   * the writer reads the head again under the lock (`isChainConflict`).
   */
  async insertLocked(m: EntityManager, events: readonly AuditEventRecord[]): Promise<void> {
    await this.insertRows(m, events, undefined, `, (SELECT pg_advisory_xact_lock(${CHAIN_LOCK})) AS chain_lock`);
  }

  private async insertRows(m: EntityManager, events: readonly AuditEventRecord[], pendingIds: readonly string[] | undefined, join: string) {
    if (events.length === 0) return;
    const columns = toColumns(events, (e, i) => [e.seq, ...eventFieldValues(e), e.prevHash, e.hash, pendingIds?.[i] ?? null]);
    await m.query(
      `INSERT INTO audit_event (${INSERT_COLUMNS}, pending_id)
       SELECT seq, at, actor, roles::text[], scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address,
              prev_hash, hash, pending_id
         FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bigint[])
           AS e(seq, at, actor, roles, scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address,
                prev_hash, hash, pending_id)${join}`,
      columns,
    );
  }

  /** Up to `limit` events after `afterSeq`, in chain order. */
  async page(m: EntityManager, afterSeq: number, limit: number): Promise<AuditEventRecord[]> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM audit_event WHERE seq > $1 ORDER BY seq LIMIT $2`, [
      afterSeq,
      limit,
    ])) as EventRow[];
    return rows.map(toRecord);
  }

  /** Events matching the filter with seq > afterSeq, in chain order. */
  async search(m: EntityManager, filter: AuditEventFilter, afterSeq: number, limit: number): Promise<AuditEventRecord[]> {
    const conditions = ['seq > $1'];
    const parameters: unknown[] = [afterSeq];
    const add = (sql: string, value: unknown): void => {
      parameters.push(value);
      conditions.push(sql.replace('?', `$${parameters.length}`));
    };
    if (filter.actor !== undefined) add('actor = ?', filter.actor);
    if (filter.action !== undefined) add('action = ?', filter.action);
    if (filter.resourceId !== undefined) add('resource_id = ?', filter.resourceId);
    if (filter.from !== undefined) add('at >= ?', filter.from);
    if (filter.to !== undefined) add('at <= ?', filter.to);
    if (filter.refusedOnly) conditions.push("outcome = 'denied'");
    if (filter.throughSeq !== undefined) add('seq <= ?', filter.throughSeq);
    parameters.push(limit);
    const rows = (await m.query(
      `SELECT ${COLUMNS} FROM audit_event WHERE ${conditions.join(' AND ')} ORDER BY seq LIMIT $${parameters.length}`,
      parameters,
    )) as EventRow[];
    return rows.map(toRecord);
  }

  /**
   * Events in [from, to] that anomaly detection counts: refusals, and anything touching a resource of
   * the given types. Read in seq pages so a busy window never sits in one result set.
   */
  async forAnomalies(
    m: EntityManager,
    from: Date,
    to: Date,
    resourceTypes: readonly string[],
    afterSeq: number,
    limit: number,
  ): Promise<AuditEventRecord[]> {
    const rows = (await m.query(
      `SELECT ${COLUMNS} FROM audit_event
        WHERE at >= $1 AND at <= $2 AND seq > $3 AND (outcome = 'denied' OR resource_type = ANY($4::text[]))
        ORDER BY seq LIMIT $5`,
      [from, to, afterSeq, resourceTypes, limit],
    )) as EventRow[];
    return rows.map(toRecord);
  }
}
