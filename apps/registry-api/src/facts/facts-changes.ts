import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updatedRows } from '@registry/database';
import { UnitOfWork } from '../database/unit-of-work.js';

/** What changed in the checker's facts; stored in the change log and the re-check outbox, never anything protected. */
export type FactsChangeKind =
  | 'network'
  | 'presence'
  | 'relation'
  | 'affiliation'
  | 'conflict'
  | 'known-location'
  | 'hold'
  /** A person's actual areas changed (added or ended): the households they are in. */
  | 'actual-area'
  | 'assessment'
  | 'case'
  | 'proposal'
  | 'placement'
  /** A person's regions changed (they joined a case's household): whose known locations a region may see. */
  | 'person-scope';

/** One changed item: its kind and row id (for `hold`, `actual-area` and `person-scope` a person, for `assessment` and `case` a case). */
export interface FactsChange {
  readonly kind: FactsChangeKind;
  readonly id: string;
}

/** A change as the log holds it; `unknown` (no id) is a bump that did not say what it changed. */
export interface LoggedFactsChange {
  readonly version: number;
  readonly kind: FactsChangeKind | 'unknown';
  readonly id: string | null;
}

/** Changes after a version: all of them, or a sign that they can no longer all be had. */
export type ChangesSince =
  | { readonly complete: true; readonly changes: readonly LoggedFactsChange[] }
  | { readonly complete: false; readonly reason: 'pruned' | 'too-many' };

/** How long the log keeps a change: an instance idle for longer reloads in full. */
export const FACTS_CHANGE_RETENTION_MS = 60 * 60 * 1000;

/**
 * Every write the checker reads calls `record` inside its own transaction, saying what it changed: it bumps
 * the facts version (so every instance's decrypted cache knows it is stale), logs each changed item under
 * that version (so an instance can apply the change instead of reloading the country), and leaves a
 * re-check request in the outbox. All of it commits or rolls back with the change itself.
 */
@Injectable()
export class FactsChanges {
  /** Transactions that recorded a change: their view of the facts includes writes nobody else can see yet. */
  private readonly written = new WeakSet<EntityManager>();

  constructor(private readonly uow: UnitOfWork) {}

  async record(...changes: readonly FactsChange[]): Promise<void> {
    if (!this.uow.inTransaction) throw new Error('FactsChanges.record must run inside the write transaction');
    if (changes.length === 0) throw new Error('FactsChanges.record needs to know what changed');
    const m = this.uow.manager;
    this.written.add(m);
    // The row lock on facts_version orders the bumps by commit: a version seen committed means every
    // smaller one has committed or rolled back.
    const [bumped] = updatedRows<{ version: string }>(
      await m.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1 RETURNING version"),
    );
    await m.query(
      'INSERT INTO facts_change (version, kind, row_id) SELECT $1, kind, id FROM unnest($2::text[], $3::uuid[]) AS c(kind, id)',
      [bumped?.version, changes.map((change) => change.kind), changes.map((change) => change.id)],
    );
    await m.query('INSERT INTO recheck_outbox (reason) VALUES ($1)', [changes[0]!.kind]);
  }

  /** Whether the open transaction has recorded a change (its reads see facts not yet committed). */
  wroteInThisTransaction(): boolean {
    return this.uow.inTransaction && this.written.has(this.uow.manager);
  }

  async currentVersion(): Promise<number> {
    const rows = (await this.uow.manager.query('SELECT version FROM facts_version WHERE singleton = 1')) as { version: string }[];
    return Number(rows[0]?.version ?? 0);
  }

  /**
   * The changes in (from, to], in version order. One statement, so the horizon and the rows are read from
   * one snapshot: a prune between two reads could otherwise take rows away unnoticed.
   */
  async since(from: number, to: number, limit: number): Promise<ChangesSince> {
    const rows = (await this.uow.manager.query(
      `SELECT h.pruned_through, c.version, c.kind, c.row_id
         FROM facts_change_horizon h
         LEFT JOIN LATERAL (SELECT version, kind, row_id FROM facts_change WHERE version > $1 AND version <= $2 ORDER BY version LIMIT $3) c ON true`,
      [from, to, limit + 1],
    )) as { pruned_through: string; version: string | null; kind: LoggedFactsChange['kind'] | null; row_id: string | null }[];
    if (Number(rows[0]?.pruned_through ?? Number.POSITIVE_INFINITY) > from) return { complete: false, reason: 'pruned' };
    const changes = rows
      .filter((row) => row.version !== null)
      .map((row): LoggedFactsChange => ({ version: Number(row.version), kind: row.kind!, id: row.row_id }));
    if (changes.length > limit) return { complete: false, reason: 'too-many' };
    return { complete: true, changes };
  }

  /** Forgets changes older than the retention; an instance whose facts are older than what is left reloads in full. */
  async prune(retentionMs = FACTS_CHANGE_RETENTION_MS): Promise<void> {
    await this.uow.transaction(async (m) => {
      await m.query(
        `WITH gone AS (DELETE FROM facts_change WHERE recorded_at < now() - $1 * interval '1 millisecond' RETURNING version)
         UPDATE facts_change_horizon SET pruned_through = GREATEST(pruned_through, (SELECT max(version) FROM gone))
          WHERE EXISTS (SELECT 1 FROM gone)`,
        [retentionMs],
      );
    });
  }
}
