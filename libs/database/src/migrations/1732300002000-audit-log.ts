import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit log (see libs/audit).
 *
 * - `audit_pending`: an operation's events, inserted in the operation's own transaction, so the event
 *   commits with the work it records or not at all. No lock, no chain: many transactions commit here at
 *   once (PostgreSQL groups their WAL flushes).
 * - `audit_event`: the chain. A chain writer moves pending events here in batches under one advisory
 *   lock, giving each its gapless `seq`, `prev_hash` and `hash`, and deletes them from pending in the same
 *   transaction. Holding a global lock through every request's commit would cap the whole service at one
 *   commit (one disk flush) at a time; a batch pays that once for thousands of events.
 * - `audit_checkpoint`: signed heads of the chain.
 *
 * The database refuses UPDATE, DELETE and TRUNCATE on all three, except that a pending row may be deleted
 * once its event is in the chain. That stops the application and any role that cannot disable triggers;
 * a table owner or superuser still can, which is why every event is hash-chained and the head is signed
 * with a key the database never holds.
 *
 * `seq` is written by the chain writer (head + 1 under the lock), not drawn from a sequence: sequences skip
 * numbers on rollback and the chain must be gapless. `at` is timestamptz(3) so it reads back as exactly
 * the millisecond ISO string that was hashed.
 */
export class AuditLog1732300002000 implements MigrationInterface {
  name = 'AuditLog1732300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_pending (
        id bigserial PRIMARY KEY,
        at timestamptz(3) NOT NULL,
        actor text NOT NULL,
        roles text[] NOT NULL,
        scope text,
        action text NOT NULL,
        resource_type text,
        resource_id text,
        purpose text,
        outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'error')),
        request_id text,
        client_address text
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        at timestamptz(3) NOT NULL,
        actor text NOT NULL,
        roles text[] NOT NULL,
        scope text,
        action text NOT NULL,
        resource_type text,
        resource_id text,
        purpose text,
        outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'error')),
        request_id text,
        client_address text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        -- the audit_pending row it was chained from (bookkeeping, outside the hash); null if appended directly
        pending_id bigint UNIQUE
      )`);
    // The auditors' filters; seq last so each filter pages in chain order straight from the index.
    await q.query('CREATE INDEX audit_event_actor ON audit_event (actor, seq)');
    await q.query('CREATE INDEX audit_event_action ON audit_event (action, seq)');
    await q.query('CREATE INDEX audit_event_resource ON audit_event (resource_id, seq) WHERE resource_id IS NOT NULL');
    await q.query('CREATE INDEX audit_event_at ON audit_event (at)');

    await q.query(`
      CREATE TABLE audit_checkpoint (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        hash text NOT NULL,
        at timestamptz(3) NOT NULL,
        jws text NOT NULL,
        key_id text NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_pending_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM audit_event WHERE pending_id = OLD.id) THEN
          RAISE EXCEPTION 'the audit log is append-only: a pending event leaves only into the chain'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END
      $$`);
    for (const table of ['audit_event', 'audit_checkpoint']) {
      await q.query(
        `CREATE TRIGGER ${table}_no_rewrite BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`,
      );
    }
    await q.query(
      'CREATE TRIGGER audit_pending_no_rewrite BEFORE UPDATE ON audit_pending FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()',
    );
    await q.query(
      'CREATE TRIGGER audit_pending_chained_only BEFORE DELETE ON audit_pending FOR EACH ROW EXECUTE FUNCTION audit_pending_release()',
    );
    for (const table of ['audit_pending', 'audit_event', 'audit_checkpoint']) {
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_checkpoint');
    await q.query('DROP TABLE audit_event');
    await q.query('DROP TABLE audit_pending');
    await q.query('DROP FUNCTION audit_pending_release()');
    await q.query('DROP FUNCTION audit_refuse_change()');
  }
}
