import type { QueryRunner } from 'typeorm';
import { canonicalRowSql, rowMacTable } from './row-mac-tables.js';

/**
 * Gives a covered table its `row_mac` column and the trigger that notes each write for the service to
 * stamp before it commits (migration 1732300014000 explains the scheme). Each migration names the tables it
 * covers: a table added to ROW_MAC_TABLES later gets its own migration, so an older one never reaches for
 * a table that does not exist yet.
 */
export async function addRowMacNote(q: QueryRunner, table: string): Promise<void> {
  const spec = rowMacTable(table);
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

export async function dropRowMacNote(q: QueryRunner, table: string): Promise<void> {
  await q.query(`DROP TRIGGER row_mac_note ON ${table}`);
  await q.query(`DROP FUNCTION row_mac_note_${table}()`);
  await q.query(`ALTER TABLE ${table} DROP COLUMN row_mac`);
}
