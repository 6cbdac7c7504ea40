import { rewrapDataKey, unwrapDataKey, type KeyRing, type WrappedDataKey } from '@registry/crypto';
import type { EntityManager } from 'typeorm';
import { raiseKekFloor } from './custody-state.js';

interface LiveKeyRow {
  id: string;
  kek_version: number;
  wrapped: Buffer;
}

export interface RewrapResult {
  /** The version every live data key is now wrapped under. */
  kekVersion: number;
  /** Keys that were under an older version and now are not. */
  rewrapped: number;
  /** Keys already under the active version (opened all the same, to prove they still do). */
  unchanged: number;
  /** The shred generation this re-wrap covers: shreddings up to it lost their key before this transaction. */
  shredGeneration: number;
}

/** Rows per UPDATE: one statement per key would hold every lock for thousands of round trips. */
const BATCH = 500;

function wrappedOf(row: LiveKeyRow): WrappedDataKey {
  return { kekVersion: row.kek_version, wrapped: new Uint8Array(row.wrapped) };
}

/**
 * Re-wraps every live (not shredded) data key under the ring's active key-encryption key. Call inside
 * one transaction: the floor is raised first (so no key can be stored under an older version from here
 * on), then every live key is locked, opened and re-wrapped. A key that does not open makes the whole
 * re-wrap fail and roll back; sealed rows are never touched, since their data keys do not change.
 */
export async function rewrapDataKeys(m: EntityManager, ring: KeyRing): Promise<RewrapResult> {
  const kekVersion = ring.activeKekVersion;
  const state = await raiseKekFloor(m, kekVersion);
  const rows = (await m.query(
    'SELECT id, kek_version, wrapped FROM data_key WHERE shredded_at IS NULL ORDER BY id FOR UPDATE',
  )) as LiveKeyRow[];
  const changed: { id: string; wrapped: Uint8Array }[] = [];
  for (const row of rows) {
    const stored = wrappedOf(row);
    const next = rewrapDataKey(ring, stored, row.id);
    if (next !== stored) changed.push({ id: row.id, wrapped: next.wrapped });
  }
  for (let start = 0; start < changed.length; start += BATCH) {
    const batch = changed.slice(start, start + BATCH);
    await m.query(
      `UPDATE data_key AS d SET kek_version = $1, wrapped = v.wrapped
         FROM unnest($2::uuid[], $3::bytea[]) AS v(id, wrapped)
        WHERE d.id = v.id`,
      [kekVersion, batch.map((k) => k.id), batch.map((k) => Buffer.from(k.wrapped))],
    );
  }
  return { kekVersion, rewrapped: changed.length, unchanged: rows.length - changed.length, shredGeneration: state.shredGeneration };
}

export interface DataKeyCheck {
  checked: number;
  /** Ids (opaque UUIDs) of live data keys the ring cannot open. */
  unopenable: string[];
}

/** Opens every live data key with `ring`, without changing anything: may a ring without older versions replace the current one? */
export async function checkDataKeysOpen(m: EntityManager, ring: KeyRing): Promise<DataKeyCheck> {
  const rows = (await m.query('SELECT id, kek_version, wrapped FROM data_key WHERE shredded_at IS NULL ORDER BY id')) as LiveKeyRow[];
  const unopenable: string[] = [];
  for (const row of rows) {
    try {
      unwrapDataKey(ring, wrappedOf(row), row.id);
    } catch {
      unopenable.push(row.id);
    }
  }
  return { checked: rows.length, unopenable };
}
