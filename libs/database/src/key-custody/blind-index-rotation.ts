import {
  blindIndex,
  openText,
  readKeyRingFile,
  rotateBlindIndexKey,
  unwrapDataKey,
  withoutBlindIndexVersion,
  writeKeyRingFile,
  type KeyRing,
} from '@registry/crypto';
import type { EntityManager, QueryRunner } from 'typeorm';
import { transactionOn, updatedRows } from './custody-state.js';

/** The blind index's column name (its per-column key derives from it): persons' identity numbers. */
export const PERSON_IDENTITY_INDEX_COLUMN = 'person.identity_number';

/** The one blind-index key version every identity-number index is under (see the blind-index-versions migration). */
export async function blindIndexVersion(m: EntityManager, lock = false): Promise<number> {
  const rows = (await m.query(`SELECT blind_index_version FROM key_custody WHERE singleton = 1${lock ? ' FOR SHARE' : ''}`)) as {
    blind_index_version: number;
  }[];
  const version = rows[0]?.blind_index_version;
  if (version === undefined) throw new Error('the key_custody row is missing: has the key-custody migration run?');
  return version;
}

export interface BlindIndexRotation {
  version: number;
  reindexed: number;
  retiredVersions: number[];
  ringVersions: number[];
}

export interface BlindIndexRotationOptions {
  ringPath: string;
  retireOld: boolean;
  now?: Date;
  inTransaction?: (m: EntityManager, version: number) => Promise<void>;
}

interface IndexedPerson {
  id: string;
  data_key_id: string;
  identity_number_sealed: Buffer;
  kek_version: number;
  wrapped: Buffer;
}

const BATCH = 500;

/**
 * `keys rotate-blind-index`: adds a blind-index key version to the ring file (written first, so an instance
 * that meets the new version re-reads it), then in one transaction makes it the database's version and
 * re-makes every identity-number index under it: each number is opened with its person's data key and
 * indexed anew. With `retireOld` the older versions then leave the ring file: a backup from before holds
 * indexes under a key no ring has, so it cannot be searched for a guessed number.
 */
export async function rotateBlindIndex(runner: QueryRunner, options: BlindIndexRotationOptions): Promise<BlindIndexRotation> {
  const rotated = rotateBlindIndexKey(await readKeyRingFile(options.ringPath), options.now);
  const version = rotated.activeBlindIndexVersion;
  await writeKeyRingFile(options.ringPath, rotated, { overwrite: true });
  const reindexed = await transactionOn(runner, async (m) => {
    const raised = updatedRows(
      await m.query(
        'UPDATE key_custody SET blind_index_version = $1, updated_at = now() WHERE singleton = 1 AND blind_index_version < $1 RETURNING 1',
        [version],
      ),
    );
    if (raised.length === 0)
      throw new Error(`the database already uses blind-index key version ${version} or later: is KEYRING_FILE the ring of this database?`);
    const count = await reindexAll(m, rotated, version);
    await options.inTransaction?.(m, version);
    return count;
  });
  const retiredVersions = options.retireOld ? await retireOlder(runner, options.ringPath, rotated) : [];
  return {
    version,
    reindexed,
    retiredVersions,
    ringVersions: rotated.blindIndexVersions.filter((v) => !retiredVersions.includes(v)),
  };
}

async function reindexAll(m: EntityManager, ring: KeyRing, version: number): Promise<number> {
  const rows = (await m.query(
    `SELECT p.id, p.data_key_id, p.identity_number_sealed, k.kek_version, k.wrapped
       FROM person p JOIN data_key k ON k.id = p.data_key_id
      WHERE p.identity_number_index IS NOT NULL ORDER BY p.id FOR UPDATE OF p`,
  )) as IndexedPerson[];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const indexes = batch.map((row) => {
      const key = unwrapDataKey(ring, { kekVersion: row.kek_version, wrapped: new Uint8Array(row.wrapped) }, row.data_key_id);
      try {
        const number = openText(
          key,
          { table: 'person', column: 'identity_number', rowId: row.id },
          new Uint8Array(row.identity_number_sealed),
        );
        return Buffer.from(blindIndex(ring, PERSON_IDENTITY_INDEX_COLUMN, number, version));
      } finally {
        key.wipe();
      }
    });
    await m.query(
      `UPDATE person AS p SET identity_number_index = v.index, identity_number_index_version = $1
         FROM unnest($2::uuid[], $3::bytea[]) AS v(id, index) WHERE p.id = v.id`,
      [version, batch.map((row) => row.id), indexes],
    );
  }
  return rows.length;
}

/** Removes every older blind-index version from the ring file, once no index is under one. */
async function retireOlder(runner: QueryRunner, ringPath: string, written: KeyRing): Promise<number[]> {
  const current = await readKeyRingFile(ringPath);
  if (current.blindIndexVersions.join() !== written.blindIndexVersions.join()) {
    throw new Error(`the key ring file ${ringPath} changed during the rotation; nothing was retired`);
  }
  const [row] = (await runner.query(
    'SELECT count(*)::int AS n FROM person WHERE identity_number_index IS NOT NULL AND identity_number_index_version <> $1',
    [current.activeBlindIndexVersion],
  )) as { n: number }[];
  if ((row?.n ?? 0) > 0) throw new Error(`${row!.n} identity-number index(es) are not under the new version; nothing was retired`);
  const older = current.blindIndexVersions.filter((v) => v !== current.activeBlindIndexVersion);
  await writeKeyRingFile(
    ringPath,
    older.reduce((ring, v) => withoutBlindIndexVersion(ring, v), current),
    { overwrite: true },
  );
  return older;
}
