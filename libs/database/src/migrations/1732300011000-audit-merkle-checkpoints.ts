import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkpoints become C2SP signed notes over an RFC 6962 Merkle tree of the events (libs/audit
 * merkle-tree.ts, log-checkpoint.ts):
 * - `note`: the signed checkpoint; `jws` stays for checkpoints signed before, exactly one of the two is set.
 * - `frontier`: the tree's compact range at `seq` (hex), so the next checkpoint reads only the events
 *   after it. Not trusted: the signer checks it against the signed root before building on it.
 * - heartbeats re-sign the same size with a later timestamp, so a checkpoint is keyed by (seq, at).
 * - `audit_cosignature`: a witness's cosigned copy of a checkpoint, as the witness answered.
 * All append-only like the rest of the log.
 */
export class AuditMerkleCheckpoints1732300011000 implements MigrationInterface {
  name = 'AuditMerkleCheckpoints1732300011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_checkpoint ALTER COLUMN jws DROP NOT NULL');
    await q.query('ALTER TABLE audit_checkpoint ADD COLUMN note text, ADD COLUMN frontier text[]');
    await q.query('ALTER TABLE audit_checkpoint ADD CONSTRAINT audit_checkpoint_one_signature CHECK (num_nonnulls(jws, note) = 1)');
    await q.query('ALTER TABLE audit_checkpoint DROP CONSTRAINT audit_checkpoint_pkey');
    await q.query('ALTER TABLE audit_checkpoint ADD PRIMARY KEY (seq, at)');
    await q.query(`
      CREATE TABLE audit_cosignature (
        seq bigint NOT NULL CHECK (seq >= 0),
        at timestamptz(3) NOT NULL,
        witness text NOT NULL,
        note text NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (seq, at, witness)
      )`);
    await q.query(
      'CREATE TRIGGER audit_cosignature_no_rewrite BEFORE UPDATE OR DELETE ON audit_cosignature FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()',
    );
    await q.query(
      'CREATE TRIGGER audit_cosignature_no_truncate BEFORE TRUNCATE ON audit_cosignature FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_cosignature');
    await q.query('ALTER TABLE audit_checkpoint DROP CONSTRAINT audit_checkpoint_pkey');
    await q.query('ALTER TABLE audit_checkpoint ADD PRIMARY KEY (seq)');
    await q.query('ALTER TABLE audit_checkpoint DROP CONSTRAINT audit_checkpoint_one_signature');
    await q.query('ALTER TABLE audit_checkpoint DROP COLUMN note, DROP COLUMN frontier');
  }
}
