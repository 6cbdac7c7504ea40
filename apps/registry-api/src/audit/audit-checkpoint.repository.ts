import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SignedCheckpoint } from '@registry/audit';

/** Held by the one instance signing a checkpoint right now; the others queue and re-check. 'ACKP' in ASCII. */
const SIGNER_LOCK = 0x41434b50;

interface CheckpointRow {
  seq: string;
  hash: string;
  at: Date;
  jws: string | null;
  note: string | null;
  frontier: string[] | null;
}

const COLUMNS = 'seq, hash, at, jws, note, frontier';

function toCheckpoint(row: CheckpointRow): SignedCheckpoint {
  const checkpoint: SignedCheckpoint = { seq: Number(row.seq), hash: row.hash, at: row.at.toISOString() };
  if (row.note !== null) checkpoint.note = row.note;
  if (row.jws !== null) checkpoint.jws = row.jws;
  if (row.frontier !== null) checkpoint.frontier = row.frontier;
  return checkpoint;
}

/** SQL for audit_checkpoint and audit_cosignature: insert and read only, like the events they vouch for. */
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
    await m.query('INSERT INTO audit_checkpoint (seq, hash, at, jws, note, frontier, key_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      checkpoint.seq,
      checkpoint.hash,
      checkpoint.at,
      checkpoint.jws ?? null,
      checkpoint.note ?? null,
      checkpoint.frontier ?? null,
      keyId,
    ]);
  }

  /** The newest checkpoint: highest seq, and of those the latest heartbeat. */
  async latest(m: EntityManager): Promise<SignedCheckpoint | null> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM audit_checkpoint ORDER BY seq DESC, at DESC LIMIT 1`)) as CheckpointRow[];
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /** The newest note checkpoint with a stored frontier at or below `seq`: where a tree can be rebuilt from. */
  async frontierAtOrBefore(m: EntityManager, seq: number): Promise<SignedCheckpoint | null> {
    const rows = (await m.query(
      `SELECT ${COLUMNS} FROM audit_checkpoint WHERE seq <= $1 AND note IS NOT NULL AND frontier IS NOT NULL
        ORDER BY seq DESC, at DESC LIMIT 1`,
      [seq],
    )) as CheckpointRow[];
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /** The newest checkpoints, newest first. */
  async recent(m: EntityManager, limit: number): Promise<SignedCheckpoint[]> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM audit_checkpoint ORDER BY seq DESC, at DESC LIMIT $1`, [limit])) as CheckpointRow[];
    return rows.map(toCheckpoint);
  }

  async list(m: EntityManager, fromSeq: number, toSeq: number | null): Promise<SignedCheckpoint[]> {
    const rows = (await m.query(
      `SELECT ${COLUMNS} FROM audit_checkpoint WHERE seq >= $1 AND ($2::bigint IS NULL OR seq <= $2) ORDER BY seq, at`,
      [fromSeq, toSeq],
    )) as CheckpointRow[];
    return rows.map(toCheckpoint);
  }

  /** A witness's cosigned copy of a checkpoint. */
  async insertCosigned(m: EntityManager, checkpoint: { seq: number; at: string }, witness: string, note: string): Promise<void> {
    await m.query('INSERT INTO audit_cosignature (seq, at, witness, note) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      checkpoint.seq,
      checkpoint.at,
      witness,
      note,
    ]);
  }
}
