import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The `key_custody` row (see the key-custody migration). */
export interface KeyCustodyState {
  /** No live data key may be wrapped under an older key-encryption key version. */
  kekFloor: number;
  /** Shreddings so far. */
  shredGeneration: number;
  /** Shreddings whose destroyed keys no key ring can open any more, not even from a database backup. */
  erasedGeneration: number;
}

/**
 * Every key-ring operator command (rotate, shred-case) holds this session lock for its whole run: two
 * rotations reading the same ring file and each adding "the next" version would leave the database
 * wrapped under a key that the other one's file write threw away.
 */
const KEY_CUSTODY_LOCK = 0x4b455953; // 'KEYS'

export class KeyCustodyBusyError extends Error {
  constructor() {
    super('another key operation (rotate or shred-case) is running on this database; try again when it has finished');
    this.name = 'KeyCustodyBusyError';
  }
}

const MISSING_ROW = 'the key_custody row is missing: has the key-custody migration run?';

interface StateRow {
  kek_floor: number;
  shred_generation: string;
  erased_generation: string;
}

function toState(row: StateRow | undefined): KeyCustodyState {
  if (!row) throw new Error(MISSING_ROW);
  return { kekFloor: row.kek_floor, shredGeneration: Number(row.shred_generation), erasedGeneration: Number(row.erased_generation) };
}

const STATE_COLUMNS = 'kek_floor, shred_generation, erased_generation';

export async function keyCustodyState(m: EntityManager): Promise<KeyCustodyState> {
  return toState(((await m.query(`SELECT ${STATE_COLUMNS} FROM key_custody WHERE singleton = 1`)) as StateRow[])[0]);
}

/**
 * The lowest key-encryption key version a new data key may be wrapped under, share-locked until the
 * caller's transaction ends: a rotation waits for this transaction, so the key it is about to store is
 * either re-wrapped by that rotation or, if the rotation came first, checked against its new floor.
 */
export async function kekFloorForWrapping(m: EntityManager): Promise<number> {
  const rows = (await m.query('SELECT kek_floor FROM key_custody WHERE singleton = 1 FOR SHARE')) as { kek_floor: number }[];
  const floor = rows[0]?.kek_floor;
  if (floor === undefined) throw new Error(MISSING_ROW);
  return floor;
}

/**
 * Raises the floor to `version` inside the rotation's transaction. Waits for transactions that are
 * storing a data key right now, and makes later ones wait for this rotation to commit.
 * @returns the state as this transaction sees it (its shred generation is the one the rotation covers)
 */
export async function raiseKekFloor(m: EntityManager, version: number): Promise<KeyCustodyState> {
  const rows = (await m.query(
    `UPDATE key_custody SET kek_floor = $1, updated_at = now() WHERE singleton = 1 AND kek_floor <= $1 RETURNING ${STATE_COLUMNS}`,
    [version],
  )) as unknown;
  const updated = updatedRows<StateRow>(rows)[0];
  if (!updated) {
    const current = await keyCustodyState(m);
    throw new Error(
      `the key ring's active version ${version} is older than the version ${current.kekFloor} the database already requires: is KEYRING_FILE the ring this database uses?`,
    );
  }
  return toState(updated);
}

/**
 * Takes the key-custody row for the rest of the transaction, before any other lock: key creation holds it
 * shared while it goes on to write rows, so whoever needs both must take this one first, or the two wait
 * for each other.
 */
export async function lockKeyCustody(m: EntityManager): Promise<void> {
  await m.query('SELECT 1 FROM key_custody WHERE singleton = 1 FOR UPDATE');
}

/** Counts one shredding; call in the shredding's transaction. */
export async function countShredding(m: EntityManager): Promise<void> {
  await m.query('UPDATE key_custody SET shred_generation = shred_generation + 1, updated_at = now() WHERE singleton = 1');
}

/** Records that no key ring holds any longer a key-encryption key under which shreddings up to `generation` were wrapped. */
export async function recordErasedThrough(m: EntityManager, generation: number): Promise<void> {
  await m.query('UPDATE key_custody SET erased_generation = GREATEST(erased_generation, $1), updated_at = now() WHERE singleton = 1', [
    generation,
  ]);
}

/**
 * Runs `work` on one connection holding the key-custody session lock; refuses at once if another
 * operator command holds it.
 */
export async function withKeyCustodyLock<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [KEY_CUSTODY_LOCK])) as { locked: boolean }[];
    if (!locked) throw new KeyCustodyBusyError();
    try {
      return await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [KEY_CUSTODY_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Runs `work` in a transaction on the runner's connection. */
export async function transactionOn<T>(runner: QueryRunner, work: (m: EntityManager) => Promise<T>): Promise<T> {
  await runner.startTransaction();
  try {
    const result = await work(runner.manager);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  }
}

/** TypeORM's postgres driver returns `[rows, count]` for UPDATE … RETURNING. */
export function updatedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
