import { rowMac, verifyRowMac, type KeyRing } from '@registry/crypto';
import { canonicalRowSql, ROW_MAC_TABLES } from './row-mac-tables.js';
import { writeMacs, type Queryable } from './row-mac-stamping.js';

/*
 * Rows written before row MACs existed have none. They are stamped once, by a holder of the key ring, and
 * then `row_mac_state` gets an authenticated marker: from then on a row without a MAC is a tampered row
 * (a null is an edit like any other), and nothing stamps rows lacking one again.
 *
 * Who stamps: the service at start-up when the marker is absent and no row lacks a MAC (a new database),
 * or, outside production, whatever lacks one (a development database from before the upgrade); in
 * production `npm run keys -- backfill-row-macs`, an audited operator step. Deleting the marker therefore
 * lets nobody stamp a forged row unseen: the service in production only reports the rows, and the
 * operator command says how many rows it stamps and is audited.
 */

const MARKER = '["row_mac_state","every row stamped once"]';

export class RowMacsAlreadyBackfilledError extends Error {
  constructor() {
    super('every row was stamped once already: a row without a MAC now is a tampered row, and is not stamped');
    this.name = 'RowMacsAlreadyBackfilledError';
  }
}

/** Whether the database holds a valid marker (an invalid one is an IntegrityError). */
export async function rowMacsBackfilled(q: Queryable, ring: KeyRing): Promise<boolean> {
  const rows = (await q.query('SELECT backfilled_mac FROM row_mac_state WHERE singleton = 1')) as { backfilled_mac: Buffer | null }[];
  const stored = rows[0]?.backfilled_mac ?? null;
  if (stored === null) return false;
  verifyRowMac(ring, MARKER, new Uint8Array(stored));
  return true;
}

/** Rows lacking a MAC, by table (tables with none left out). */
export async function rowsLackingMac(q: Queryable): Promise<Map<string, number>> {
  const counts = ROW_MAC_TABLES.map((spec) => `(SELECT count(*)::int FROM ${spec.table} WHERE row_mac IS NULL) AS "${spec.table}"`);
  const [row] = (await q.query(`SELECT ${counts.join(', ')}`)) as Record<string, number>[];
  return new Map(Object.entries(row ?? {}).filter(([, n]) => n > 0));
}

async function writeMarker(q: Queryable, ring: KeyRing): Promise<void> {
  await q.query('UPDATE row_mac_state SET backfilled_mac = $1, backfilled_at = now() WHERE singleton = 1', [
    Buffer.from(rowMac(ring, MARKER)),
  ]);
}

/**
 * Stamps every row lacking a MAC and writes the marker. Run in one transaction.
 * @throws RowMacsAlreadyBackfilledError when the marker is there (and valid)
 * @throws IntegrityError when the marker is there but not valid under this ring
 * @returns rows stamped, by table
 */
export async function backfillRowMacs(q: Queryable, ring: KeyRing): Promise<Map<string, number>> {
  await q.query('SELECT 1 FROM row_mac_state WHERE singleton = 1 FOR UPDATE');
  if (await rowMacsBackfilled(q, ring)) throw new RowMacsAlreadyBackfilledError();
  const stamped = await stampRowsLackingMac(q, ring);
  await writeMarker(q, ring);
  return stamped;
}

/**
 * Stamps every row that lacks a MAC, whatever the marker says: for tools that write rows straight into
 * the database as the holder of the key ring (the benchmarks' synthetic register), never for the service.
 */
export async function stampRowsLackingMac(q: Queryable, ring: KeyRing): Promise<Map<string, number>> {
  const stamped = new Map<string, number>();
  for (const spec of ROW_MAC_TABLES) {
    const rows = (await q.query(
      `SELECT ${spec.locator('t')} AS locator, ${canonicalRowSql(spec.table, 't')} AS canonical FROM ${spec.table} t WHERE t.row_mac IS NULL FOR UPDATE`,
    )) as { locator: string; canonical: string }[];
    if (rows.length === 0) continue;
    await writeMacs(
      q,
      new Map([[spec.table, { locators: rows.map((r) => r.locator), macs: rows.map((r) => Buffer.from(rowMac(ring, r.canonical))) }]]),
    );
    stamped.set(spec.table, rows.length);
  }
  return stamped;
}

/**
 * The service's start-up step. Marked: nothing to do. Not marked and nothing lacks a MAC: mark. Not
 * marked and rows lack one: stamp them only if `mayBackfill` (outside production); otherwise leave them
 * failing as INTEGRITY_ERROR and say so.
 */
export async function ensureRowMacs(
  q: Queryable,
  ring: KeyRing,
  mayBackfill: boolean,
): Promise<{ state: 'marked' | 'newly-marked' | 'backfilled' | 'lacking'; rows: Map<string, number> }> {
  if (await rowMacsBackfilled(q, ring)) return { state: 'marked', rows: new Map() };
  const lacking = await rowsLackingMac(q);
  if (lacking.size === 0) {
    await writeMarker(q, ring);
    return { state: 'newly-marked', rows: lacking };
  }
  if (!mayBackfill) return { state: 'lacking', rows: lacking };
  return { state: 'backfilled', rows: await backfillRowMacs(q, ring) };
}
