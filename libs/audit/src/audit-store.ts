import type { AuditChainHead, AuditEventDraft, AuditEventRecord } from './audit-event.js';
import type { SignedCheckpoint } from './checkpoint.js';

/**
 * What the database must offer the audit log. The table is append-only (the database refuses UPDATE,
 * DELETE and TRUNCATE on it); the implementation lives with the database wiring, not here.
 */
export interface AuditStore {
  /**
   * Appends one event and returns it as stored. Within one transaction: lock the head (a row lock on a
   * one-row head table, or `pg_advisory_xact_lock`), read it, `buildNextEvent(head, draft)`, insert.
   * seq is head.seq + 1, not a database sequence: sequences skip numbers on rollback, and the chain
   * must be gapless. `at` is stored so it reads back as the same ISO string (text, or timestamptz(3)
   * read with `toISOString()`).
   */
  append(draft: AuditEventDraft): Promise<AuditEventRecord>;
  /** Up to `limit` events with seq > afterSeq, in ascending seq order. */
  readPage(afterSeq: number, limit: number): Promise<readonly AuditEventRecord[]>;
  /** The last event's seq and hash, or null for an empty log. */
  head(): Promise<AuditChainHead | null>;
}

/** Where signed checkpoints are kept (and, separately, shipped out with `formatCheckpointLines`). */
export interface AuditCheckpointStore {
  save(checkpoint: SignedCheckpoint): Promise<void>;
  /** The checkpoint with the highest seq, or null before the first. */
  latest(): Promise<SignedCheckpoint | null>;
  /** Checkpoints with fromSeq <= seq (<= toSeq when given), ascending. */
  list(fromSeq: number, toSeq: number | null): Promise<readonly SignedCheckpoint[]>;
  /** The newest note checkpoint with a stored frontier at or below `seq` (optional: `list` serves otherwise). */
  frontierAtOrBefore?(seq: number): Promise<SignedCheckpoint | null>;
}
