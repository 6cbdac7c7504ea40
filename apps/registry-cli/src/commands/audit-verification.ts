import { verifyStoredRange } from '@registry/audit';
import type { ChainVerification, CheckpointVerificationKey, SignedCheckpoint } from '@registry/audit';
import type { DataSource } from 'typeorm';
import { auditDatabaseOf } from '../../../registry-api/src/audit/audit-database.js';
import { PostgresAuditStore } from '../../../registry-api/src/audit/postgres-audit-store.js';
import { PostgresCheckpointStore } from '../../../registry-api/src/audit/postgres-checkpoint-store.js';

export interface AuditLogCheckOptions {
  fromSeq?: number;
  toSeq?: number;
  /** Checkpoints exported earlier (`export-checkpoints`), kept off the system. */
  exported?: readonly SignedCheckpoint[];
}

export interface AuditLogCheck extends ChainVerification {
  /** How many exported checkpoints fell in the range and were checked against the chain. */
  exportedChecked: number;
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
  const checkpoints = {
    async list(fromSeq: number, toSeq: number | null): Promise<readonly SignedCheckpoint[]> {
      const inDatabase = await stored.list(fromSeq, toSeq);
      const storedSeqs = new Set(inDatabase.map((checkpoint) => checkpoint.seq));
      const inRange = exported.filter((checkpoint) => checkpoint.seq >= fromSeq && (toSeq === null || checkpoint.seq <= toSeq));
      exportedChecked = inRange.length;
      for (const checkpoint of inRange) {
        if (!storedSeqs.has(checkpoint.seq) && (missing === null || checkpoint.seq < missing)) missing = checkpoint.seq;
      }
      return [...inDatabase, ...inRange];
    },
  };
  const range = {
    ...(options.fromSeq === undefined ? {} : { fromSeq: options.fromSeq }),
    ...(options.toSeq === undefined ? {} : { toSeq: options.toSeq }),
  };
  const result = await verifyStoredRange(events, checkpoints, range, publicKey);
  const missingSeq = missing as number | null;
  if (result.valid && missingSeq !== null) {
    return {
      ...result,
      valid: false,
      firstInvalidSeq: missingSeq,
      reason: `checkpoint at seq ${missingSeq} was exported but is missing from the database`,
      exportedChecked,
    };
  }
  return { ...result, exportedChecked };
}
