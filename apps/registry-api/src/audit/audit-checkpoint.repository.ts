import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SignedCheckpoint } from '@registry/audit';

/** Held by the one instance signing a checkpoint right now; the others queue and re-check. 'ACKP' in ASCII. */
const SIGNER_LOCK = 0x41434b50;

interface CheckpointRow {
  seq: string;
  hash: string;
  at: Date;
  jws: string;
}

function toCheckpoint(row: CheckpointRow): SignedCheckpoint {
  return { seq: Number(row.seq), hash: row.hash, at: row.at.toISOString(), jws: row.jws };
}

/** SQL for audit_checkpoint: insert and read only, like the events it vouches for. */
@Injectable()
export class AuditCheckpointRepository {
  /**
   * Makes this transaction the only signer until it ends. Waits rather than skips: the next in line
   * re-reads the latest checkpoint under the lock and finds the head already signed.
   */
  async lockSigner(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [SIGNER_LOCK]);
  }

  async insert(m: EntityManager, checkpoint: SignedCheckpoint, keyId: string): Promise<void> {
    await m.query('INSERT INTO audit_checkpoint (seq, hash, at, jws, key_id) VALUES ($1, $2, $3, $4, $5)', [
      checkpoint.seq,
      checkpoint.hash,
      checkpoint.at,
      checkpoint.jws,
      keyId,
    ]);
  }

  async latest(m: EntityManager): Promise<SignedCheckpoint | null> {
    const rows = (await m.query('SELECT seq, hash, at, jws FROM audit_checkpoint ORDER BY seq DESC LIMIT 1')) as CheckpointRow[];
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /** The newest checkpoints, newest first. */
  async recent(m: EntityManager, limit: number): Promise<SignedCheckpoint[]> {
    const rows = (await m.query('SELECT seq, hash, at, jws FROM audit_checkpoint ORDER BY seq DESC LIMIT $1', [limit])) as CheckpointRow[];
    return rows.map(toCheckpoint);
  }

  async list(m: EntityManager, fromSeq: number, toSeq: number | null): Promise<SignedCheckpoint[]> {
    const rows = (await m.query(
      'SELECT seq, hash, at, jws FROM audit_checkpoint WHERE seq >= $1 AND ($2::bigint IS NULL OR seq <= $2) ORDER BY seq',
      [fromSeq, toSeq],
    )) as CheckpointRow[];
    return rows.map(toCheckpoint);
  }
}
