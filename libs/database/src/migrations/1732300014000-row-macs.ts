import type { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalRowSql, ROW_MAC_TABLES } from '../row-macs/row-mac-tables.js';

/**
 * Row MACs over the plaintext columns that verdicts and need-to-know depend on (row-mac-tables.ts).
 * Migrations hold no keys, so the database only notes which rows a transaction wrote: an AFTER trigger on
 * each covered table records the row's locator, its canonical form before (with the MAC it had) and after,
 * in a session-private temporary table. Before the service commits, it takes the notes, checks each row's
 * old MAC (so a write never launders an earlier tampering) and stamps the new one (row-mac-stamping.ts).
 * Writes by anyone else are noted in their own session and stamped by nobody: their rows fail to verify.
 *
 * Existing rows have no MAC yet: `row_mac_state` holds the service's authenticated marker that every row
 * was stamped once (see row-mac-backfill.ts for who may stamp rows lacking a MAC, and when).
 */
export class RowMacs1732300014000 implements MigrationInterface {
  name = 'RowMacs1732300014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION row_mac_pending_ready() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF to_regclass('pg_temp.row_mac_pending') IS NULL THEN
          CREATE TEMP TABLE row_mac_pending (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            row_table text NOT NULL,
            row_locator text NOT NULL,
            old_row text,
            old_mac bytea,
            new_row text NOT NULL
          ) ON COMMIT DELETE ROWS;
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION row_mac_take_pending()
        RETURNS TABLE (pending_table text, pending_locator text, first_old_row text, first_old_mac bytea, last_new_row text)
        LANGUAGE plpgsql AS $$
      BEGIN
        IF to_regclass('pg_temp.row_mac_pending') IS NULL THEN RETURN; END IF;
        RETURN QUERY
          WITH taken AS (DELETE FROM pg_temp.row_mac_pending p RETURNING p.seq, p.row_table, p.row_locator, p.old_row, p.old_mac, p.new_row),
               firsts AS (SELECT DISTINCT ON (t.row_table, t.row_locator) t.* FROM taken t ORDER BY t.row_table, t.row_locator, t.seq),
               lasts AS (SELECT DISTINCT ON (t.row_table, t.row_locator) t.* FROM taken t ORDER BY t.row_table, t.row_locator, t.seq DESC)
          SELECT f.row_table, f.row_locator, f.old_row, f.old_mac, l.new_row
            FROM firsts f JOIN lasts l ON l.row_table = f.row_table AND l.row_locator = f.row_locator;
      END $$`);
    for (const spec of ROW_MAC_TABLES) {
      const t = spec.table;
      await q.query(`ALTER TABLE ${t} ADD COLUMN row_mac bytea`);
      await q.query(`
        CREATE FUNCTION row_mac_note_${t}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM row_mac_pending_ready();
          INSERT INTO pg_temp.row_mac_pending (row_table, row_locator, old_row, old_mac, new_row) VALUES (
            '${t}',
            ${spec.locator('NEW')},
            CASE WHEN TG_OP = 'UPDATE' THEN ${canonicalRowSql(t, 'OLD')} END,
            CASE WHEN TG_OP = 'UPDATE' THEN OLD.row_mac END,
            ${canonicalRowSql(t, 'NEW')});
          RETURN NULL;
        END $$`);
      // UPDATE OF the covered columns only: the stamp itself (SET row_mac) is not a write to note.
      const covered = [...new Set([...spec.columns.map((c) => c.name), ...(t === 'case_member' ? ['case_id', 'person_id'] : ['id'])])];
      await q.query(
        `CREATE TRIGGER row_mac_note AFTER INSERT OR UPDATE OF ${covered.join(', ')} ON ${t} FOR EACH ROW EXECUTE FUNCTION row_mac_note_${t}()`,
      );
    }
    await q.query(`
      CREATE TABLE row_mac_state (
        singleton smallint PRIMARY KEY DEFAULT 1 CHECK (singleton = 1),
        -- the MAC of a fixed text under the row-MAC key, written once every row had been stamped
        backfilled_mac bytea,
        backfilled_at timestamptz
      )`);
    await q.query('INSERT INTO row_mac_state (singleton) VALUES (1)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE row_mac_state');
    for (const spec of [...ROW_MAC_TABLES].reverse()) {
      await q.query(`DROP TRIGGER row_mac_note ON ${spec.table}`);
      await q.query(`DROP FUNCTION row_mac_note_${spec.table}()`);
      await q.query(`ALTER TABLE ${spec.table} DROP COLUMN row_mac`);
    }
    await q.query('DROP FUNCTION row_mac_take_pending()');
    await q.query('DROP FUNCTION row_mac_pending_ready()');
  }
}
