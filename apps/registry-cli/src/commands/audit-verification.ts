import { openLogCheckpoint, parseCheckpointBody, parseNote, verifyStoredRange } from '@registry/audit';
import type { ChainVerification, CheckpointVerificationKey, NoteKey, SignedCheckpoint } from '@registry/audit';
import type { DataSource } from 'typeorm';
import { auditDatabaseOf } from '../../../registry-api/src/audit/audit-database.js';
import { PostgresAuditStore } from '../../../registry-api/src/audit/postgres-audit-store.js';
import { PostgresCheckpointStore } from '../../../registry-api/src/audit/postgres-checkpoint-store.js';

export interface AuditLogCheckOptions {
  fromSeq?: number;
  toSeq?: number;
  /** Checkpoints kept off the system: exported earlier (`export-checkpoints`), or read from the archive. */
  exported?: readonly SignedCheckpoint[];
  /** The origin the checkpoint notes must name. */
  origin?: string;
  /** Witness keys: their cosignatures are checked, and the newest witnessed checkpoint reported. */
  witnesses?: readonly NoteKey[];
}

export interface AuditLogCheck extends ChainVerification {
  /** How many exported checkpoints fell in the range and were checked against the chain. */
  exportedChecked: number;
  /** The largest checkpoint in range a configured witness cosigned, or null. */
  lastWitnessedSeq: number | null;
}

/** A checkpoint note read from outside the database, as a checkpoint record (its chain hash is not known there). */
export function checkpointFromNote(note: string): SignedCheckpoint {
  const body = parseCheckpointBody(parseNote(note).text);
  return { seq: body.size, hash: '', at: body.timestamp, note };
}

/**
 * Walks the stored chain over the range and checks every stored and every exported checkpoint in it.
 * An exported checkpoint past the stored head reveals a cut-off tail; one missing from the database,
 * though the chain fits it, reveals that checkpoint rows were deleted, and fails the check too.
 */
export async function verifyAuditDatabase(
  dataSource: DataSource,
  publicKey: CheckpointVerificationKey,
  options: AuditLogCheckOptions = {},
): Promise<AuditLogCheck> {
  const db = auditDatabaseOf(dataSource);
  const events = new PostgresAuditStore(db);
  const stored = new PostgresCheckpointStore(db);
  const exported = options.exported ?? [];
  let exportedChecked = 0;
  let missing: number | null = null;
  let witnessed: readonly SignedCheckpoint[] = [];
  const checkpoints = {
    async list(fromSeq: number, toSeq: number | null): Promise<readonly SignedCheckpoint[]> {
      const inDatabase = await stored.list(fromSeq, toSeq);
      // A checkpoint is one signature at one moment: a heartbeat shares the seq of the one before.
      const storedKeys = new Set(inDatabase.map((checkpoint) => `${checkpoint.seq}@${Date.parse(checkpoint.at)}`));
      const inRange = exported.filter((checkpoint) => checkpoint.seq >= fromSeq && (toSeq === null || checkpoint.seq <= toSeq));
      exportedChecked = inRange.length;
      for (const checkpoint of inRange) {
        const key = `${checkpoint.seq}@${Date.parse(checkpoint.at)}`;
        if (!storedKeys.has(key) && (missing === null || checkpoint.seq < missing)) missing = checkpoint.seq;
      }
      witnessed = inRange;
      return [...inDatabase, ...inRange];
    },
    frontierAtOrBefore: (seq: number) => stored.frontierAtOrBefore(seq),
  };
  const range = {
    ...(options.fromSeq === undefined ? {} : { fromSeq: options.fromSeq }),
    ...(options.toSeq === undefined ? {} : { toSeq: options.toSeq }),
  };
  const notes = {
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    ...(options.witnesses === undefined ? {} : { witnesses: options.witnesses }),
  };
  const result = await verifyStoredRange(events, checkpoints, range, publicKey, undefined, notes);
  const lastWitnessedSeq = result.valid ? newestWitnessed(witnessed, publicKey, options) : null;
  const missingSeq = missing as number | null;
  if (result.valid && missingSeq !== null) {
    return {
      ...result,
      valid: false,
      firstInvalidSeq: missingSeq,
      reason: `checkpoint at seq ${missingSeq} was kept outside the database but is missing from it`,
      exportedChecked,
      lastWitnessedSeq,
    };
  }
  return { ...result, exportedChecked, lastWitnessedSeq };
}

function newestWitnessed(
  checkpoints: readonly SignedCheckpoint[],
  publicKey: CheckpointVerificationKey,
  options: AuditLogCheckOptions,
): number | null {
  if (!options.witnesses?.length) return null;
  const keys = (Array.isArray(publicKey) ? publicKey : [publicKey]) as { x?: string }[];
  let newest: number | null = null;
  for (const checkpoint of checkpoints) {
    if (checkpoint.note === undefined) continue;
    for (const key of keys) {
      if (typeof key.x !== 'string') continue;
      try {
        const opened = openLogCheckpoint(
          checkpoint.note,
          { x: key.x },
          { ...(options.origin ? { origin: options.origin } : {}), witnesses: options.witnesses },
        );
        if (opened.cosigners.length > 0 && (newest === null || opened.size > newest)) newest = opened.size;
      } catch {
        // verifyStoredRange has already judged it
      }
    }
  }
  return newest;
}
