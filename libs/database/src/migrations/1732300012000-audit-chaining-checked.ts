import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database, not the service, vouches for each step into the chain, so that the service's own role
 * (which may insert into the audit tables and nothing more: see service-role.ts) cannot rewrite history:
 *
 * - An event takes the place after the current head, and only that: its predecessor (seq - 1) must be in
 *   the chain with the hash the new event names as `prev_hash` (seq 1 names the genesis hash). With the
 *   seq primary key this keeps the chain gapless and unforked, whoever inserts. A writer whose idea of the
 *   head is stale hears `audit_event_follows_head` (as it hears the primary key) and reads the head again.
 * - An event that names a staged row (`pending_id`) must carry exactly that row's content: every column of
 *   the staged row but its id equals the event's column of the same name. The columns are named here (a
 *   generic comparison through jsonb cost ten times as much per event), and the function refuses to chain
 *   at all while audit_pending has a column it does not compare: a migration adding one must extend it.
 * - The staged row is then consumed here, by the chaining, and by nothing else: the service role has no
 *   DELETE on audit_pending. Forging an event that names a real staged row, then deleting the row, is no
 *   longer possible: the forged event is refused and the delete is not the service's to make.
 *
 * One statement-level trigger over the inserted rows (a transition table), not one per row: the chain
 * writer moves thousands of events in one INSERT. SECURITY DEFINER so that it can delete the staged rows
 * with its owner's rights (the migration role); a pinned search_path so a caller cannot slip in lookalike
 * tables or operators. The earlier row trigger on audit_pending still refuses any delete whose event is not
 * in the chain, to the owner as well.
 */
export class AuditChainingChecked1732300012000 implements MigrationInterface {
  name = 'AuditChainingChecked1732300012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_event_chained() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        compared constant name[] := ARRAY['id', 'at', 'actor', 'roles', 'scope', 'action', 'resource_type', 'resource_id',
                                          'purpose', 'outcome', 'request_id', 'client_address'];
        uncompared text;
        fault bigint;
      BEGIN
        SELECT string_agg(attname, ', ') INTO uncompared FROM pg_attribute
         WHERE attrelid = 'public.audit_pending'::regclass AND attnum > 0 AND NOT attisdropped AND attname <> ALL (compared);
        IF uncompared IS NOT NULL THEN
          RAISE EXCEPTION 'audit_event_chained() does not compare the staged column(s) %: extend it', uncompared;
        END IF;

        SELECT c.seq INTO fault FROM chained c
         WHERE NOT (c.seq = 1 AND c.prev_hash = repeat('0', 64))
           AND NOT EXISTS (SELECT 1 FROM public.audit_event p WHERE p.seq = c.seq - 1 AND p.hash = c.prev_hash)
         ORDER BY c.seq LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'the audit log is append-only: event % does not follow the head of the chain', fault
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'audit_event_follows_head';
        END IF;

        SELECT c.seq INTO fault FROM chained c
          LEFT JOIN public.audit_pending s ON s.id = c.pending_id
         WHERE c.pending_id IS NOT NULL
           AND (s.id IS NULL
                OR (s.at, s.actor, s.roles, s.scope, s.action, s.resource_type, s.resource_id, s.purpose, s.outcome, s.request_id,
                    s.client_address)
                   IS DISTINCT FROM
                   (c.at, c.actor, c.roles, c.scope, c.action, c.resource_type, c.resource_id, c.purpose, c.outcome, c.request_id,
                    c.client_address))
         ORDER BY c.seq LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'the audit log is append-only: event % is not the staged event it names', fault
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'audit_event_is_staged_event';
        END IF;

        DELETE FROM public.audit_pending s USING chained c WHERE s.id = c.pending_id;
        RETURN NULL;
      END
      $$`);
    // A trigger function cannot be called directly anyway; no one needs to name it.
    await q.query('REVOKE ALL ON FUNCTION audit_event_chained() FROM PUBLIC');
    await q.query(`
      CREATE TRIGGER audit_event_chained AFTER INSERT ON audit_event
        REFERENCING NEW TABLE AS chained FOR EACH STATEMENT EXECUTE FUNCTION audit_event_chained()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER audit_event_chained ON audit_event');
    await q.query('DROP FUNCTION audit_event_chained()');
  }
}
