import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEventRecord } from '@registry/audit';
import { eventFieldValues, toColumns } from './bulk-columns.js';

/** An event waiting to be chained: everything but its place in the chain. `at` is fixed when it is staged. */
export type PendingAuditEvent = Omit<AuditEventRecord, 'seq' | 'prevHash' | 'hash'>;

/** A staged event as read back by the chain writer; `id` is a bigint, kept as a string. */
export interface StagedAuditEvent extends PendingAuditEvent {
  id: string;
}

const COLUMNS = `id::text AS id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, roles, scope, action,
  resource_type AS "resourceType", resource_id AS "resourceId", purpose, outcome, request_id AS "requestId", client_address AS "clientAddress"`;

/**
 * SQL for audit_pending: staged in the operation's transaction, taken out only by chaining. There is no
 * delete here: inserting the chained event consumes the staged row, in the database (migration 1732300012000).
 */
@Injectable()
export class AuditPendingRepository {
  async insert(m: EntityManager, events: readonly PendingAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const columns = toColumns(events, eventFieldValues);
    // WITH ORDINALITY keeps the given order in the ids, so an operation's events are chained in that order.
    await m.query(
      `INSERT INTO audit_pending (at, actor, roles, scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address)
       SELECT at, actor, roles::text[], scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address
         FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[]) WITH ORDINALITY
           AS e(at, actor, roles, scope, action, resource_type, resource_id, purpose, outcome, request_id, client_address, n)
        ORDER BY n`,
      columns,
    );
  }

  /**
   * The oldest committed pending events. Call under the chain lock: then no one else takes them. Ordered by
   * the column, not by the text the select list calls `id` (which would put 100 before 99, and read and sort
   * the whole table instead of the first rows of its primary key).
   */
  async oldest(m: EntityManager, limit: number): Promise<StagedAuditEvent[]> {
    return (await m.query(`SELECT ${COLUMNS} FROM audit_pending ORDER BY audit_pending.id LIMIT $1`, [limit])) as StagedAuditEvent[];
  }

  async count(m: EntityManager): Promise<number> {
    const rows = (await m.query('SELECT count(*)::int AS n FROM audit_pending')) as { n: number }[];
    return rows[0]?.n ?? 0;
  }
}
