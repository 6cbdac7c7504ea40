import { rowMac, verifyRowMac, type KeyRing } from '@registry/crypto';
import { rowMacTable } from './row-mac-tables.js';

/** Anything that runs a parameterised statement and answers with its rows: an EntityManager, a QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface PendingRow {
  pending_table: string;
  pending_locator: string;
  first_old_row: string | null;
  first_old_mac: Buffer | null;
  last_new_row: string;
}

/**
 * Stamps the rows this transaction wrote (noted by the row-MAC triggers) with their new MACs. Call last,
 * just before committing, in the transaction that wrote them. A row that existed before the transaction
 * must have carried a valid MAC before it was changed: otherwise this throws IntegrityError and the
 * transaction must roll back, so that the service never re-stamps (launders) a tampered row.
 * @returns the number of rows stamped
 */
export async function stampPendingRows(q: Queryable, ring: KeyRing): Promise<number> {
  const pending = (await q.query('SELECT * FROM row_mac_take_pending()')) as PendingRow[];
  if (pending.length === 0) return 0;
  const byTable = new Map<string, { locators: string[]; macs: Buffer[] }>();
  for (const row of pending) {
    if (row.first_old_row !== null) verifyRowMac(ring, row.first_old_row, row.first_old_mac && new Uint8Array(row.first_old_mac));
    let batch = byTable.get(row.pending_table);
    if (!batch) byTable.set(row.pending_table, (batch = { locators: [], macs: [] }));
    batch.locators.push(row.pending_locator);
    batch.macs.push(Buffer.from(rowMac(ring, row.last_new_row)));
  }
  await writeMacs(q, byTable);
  return pending.length;
}

/** One statement for every table touched. */
export async function writeMacs(q: Queryable, byTable: ReadonlyMap<string, { locators: string[]; macs: Buffer[] }>): Promise<void> {
  if (byTable.size === 0) return;
  const parameters: unknown[] = [];
  const updates = [...byTable].map(([table, batch], i) => {
    const spec = rowMacTable(table);
    parameters.push(batch.locators, batch.macs);
    return `u${i} AS (UPDATE ${spec.table} t SET row_mac = v.mac
        FROM unnest($${2 * i + 1}::text[], $${2 * i + 2}::bytea[]) AS v(locator, mac)
       WHERE ${spec.byLocator('t', 'v.locator')} RETURNING 1)`;
  });
  await q.query(`WITH ${updates.join(', ')} SELECT 1`, parameters);
}
