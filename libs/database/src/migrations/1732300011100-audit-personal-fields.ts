import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields of audit events (the officer's id, the client address, the free-text purpose) leave the
 * append-only chain: from now on an event carries their commitments (SHA-256 over a per-event salt, the field and the value,
 * libs/audit personal-commitment.ts) in audit_event, and the values with the salt in `audit_personal`, one
 * row per event, which the retention job deletes once the retention period is over. Every hash, checkpoint
 * and proof still verifies after that: they cover the commitments only.
 *
 * Events chained before this migration hashed the values in clear; they keep them in audit_event (the
 * commitment columns are null) and cannot be erased without breaking the chain.
 *
 * audit_personal is append-only like the rest of the log, with one exception: a row may be deleted once its
 * event is older than a year. The retention period itself is the service's setting (default five years);
 * the year is a floor the database enforces, so no one with the service's credentials can erase who did
 * what recently.
 */
export class AuditPersonalFields1732300011100 implements MigrationInterface {
  name = 'AuditPersonalFields1732300011100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event
      ALTER COLUMN actor DROP NOT NULL,
      ADD COLUMN actor_commitment text,
      ADD COLUMN purpose_commitment text,
      ADD COLUMN client_address_commitment text`);
    await q.query(`
      CREATE TABLE audit_personal (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        actor text NOT NULL,
        purpose text,
        client_address text,
        salt text NOT NULL CHECK (salt ~ '^[0-9a-f]{64}$')
      )`);
    await q.query('CREATE INDEX audit_personal_actor ON audit_personal (actor, seq)');
    await q.query(`
      CREATE FUNCTION audit_personal_erase_only_old() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM audit_event WHERE seq = OLD.seq AND at < now() - interval '365 days') THEN
          RAISE EXCEPTION 'the audit log is append-only: personal fields are erased only after the retention period'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END
      $$`);
    await q.query(
      'CREATE TRIGGER audit_personal_no_rewrite BEFORE UPDATE ON audit_personal FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()',
    );
    await q.query(
      'CREATE TRIGGER audit_personal_erase_old BEFORE DELETE ON audit_personal FOR EACH ROW EXECUTE FUNCTION audit_personal_erase_only_old()',
    );
    await q.query(
      'CREATE TRIGGER audit_personal_no_truncate BEFORE TRUNCATE ON audit_personal FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_personal');
    await q.query('DROP FUNCTION audit_personal_erase_only_old()');
    await q.query(`ALTER TABLE audit_event
      DROP COLUMN actor_commitment, DROP COLUMN purpose_commitment, DROP COLUMN client_address_commitment`);
  }
}
