import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  generateKeyRing,
  KeyUnavailableError,
  newDataKey,
  readKeyRingFile,
  ready,
  rotateKeyRing,
  unwrapDataKey,
  withoutVersion,
  wrapDataKey,
  writeKeyRingFile,
  type KeyRing,
} from '@registry/crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createDataSource } from '../data-source.js';
import { migrate } from '../schema.js';
import { KeyCustodyBusyError, keyCustodyState, kekFloorForWrapping, withKeyCustodyLock } from './custody-state.js';
import { checkDataKeysOpen, rewrapDataKeys } from './data-key-rewrap.js';
import { shredDataKeys } from './data-key-shredding.js';
import { RetirementRefusedError, rotateKeyEncryptionKey } from './kek-rotation.js';
import { waitForLockWaiters } from '../../test/lock-waiters.js';

describe('key custody: re-wrapping, the KEK floor, rotation of the ring file', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    await ready();
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, poolSize: 4 }).initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    // Each test starts from an empty key table and floor 1; rows of other tables do not refer to these keys.
    await dataSource.query('DELETE FROM data_key');
    await dataSource.query('UPDATE key_custody SET kek_floor = 1, shred_generation = 0, erased_generation = 0');
  });

  async function storeKey(ring: KeyRing, id = randomUUID()): Promise<{ id: string; key: Uint8Array }> {
    const key = newDataKey(id);
    const { kekVersion, wrapped } = wrapDataKey(ring, key);
    await dataSource.query("INSERT INTO data_key (id, purpose, kek_version, wrapped) VALUES ($1, 'PERSON', $2, $3)", [
      id,
      kekVersion,
      Buffer.from(wrapped),
    ]);
    return { id, key: key.key.slice() };
  }

  async function storedVersions(): Promise<Record<string, number | null>> {
    const rows = (await dataSource.query('SELECT id, kek_version FROM data_key')) as { id: string; kek_version: number | null }[];
    return Object.fromEntries(rows.map((row) => [row.id, row.kek_version]));
  }

  async function ringFile(ring: KeyRing): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'registry-custody-')), 'keyring.json');
    await writeKeyRingFile(path, ring);
    return path;
  }

  it('re-wraps every live key under the active version; the same data keys open without the old version', async () => {
    const v1 = generateKeyRing();
    const a = await storeKey(v1);
    const b = await storeKey(v1);
    const shredded = await storeKey(v1);
    await dataSource.transaction((m) => shredDataKeys(m, [shredded.id]));
    const v2 = rotateKeyRing(v1);

    const result = await dataSource.transaction((m) => rewrapDataKeys(m, v2));

    expect(result).toEqual({ kekVersion: 2, rewrapped: 2, unchanged: 0, shredGeneration: 1 });
    expect(await storedVersions()).toEqual({ [a.id]: 2, [b.id]: 2, [shredded.id]: null });
    const onlyV2 = withoutVersion(v2, 1);
    const rows = (await dataSource.query('SELECT id, kek_version, wrapped FROM data_key WHERE shredded_at IS NULL')) as {
      id: string;
      kek_version: number;
      wrapped: Buffer;
    }[];
    for (const row of rows) {
      const opened = unwrapDataKey(onlyV2, { kekVersion: row.kek_version, wrapped: new Uint8Array(row.wrapped) }, row.id);
      expect(Buffer.from(opened.key).equals(Buffer.from(row.id === a.id ? a.key : b.key))).toBe(true);
    }
    expect((await keyCustodyState(dataSource.manager)).kekFloor).toBe(2);
    await expect(dataSource.transaction((m) => rewrapDataKeys(m, v2))).resolves.toMatchObject({ rewrapped: 0, unchanged: 2 });
  });

  it('a key the ring cannot open fails the whole re-wrap, and nothing changes', async () => {
    const ring = generateKeyRing();
    const good = await storeKey(ring);
    const foreign = await storeKey(generateKeyRing());
    await expect(dataSource.transaction((m) => rewrapDataKeys(m, rotateKeyRing(ring)))).rejects.toThrow();
    expect(await storedVersions()).toEqual({ [good.id]: 1, [foreign.id]: 1 });
    expect((await keyCustodyState(dataSource.manager)).kekFloor).toBe(1);
  });

  it('the database refuses a key wrapped under a version below the floor', async () => {
    const v1 = generateKeyRing();
    const v2 = rotateKeyRing(v1);
    await dataSource.transaction((m) => rewrapDataKeys(m, v2));
    await expect(storeKey(v1)).rejects.toThrow(/below the floor/);
    await expect(storeKey(v2)).resolves.toBeDefined();
  });

  it('refuses a ring whose active version is older than the floor: it is not this database’s ring', async () => {
    const v1 = generateKeyRing();
    const v3 = rotateKeyRing(rotateKeyRing(v1));
    await dataSource.transaction((m) => rewrapDataKeys(m, v3));
    await expect(dataSource.transaction((m) => rewrapDataKeys(m, v1))).rejects.toThrow(/older than the version 3/);
  });

  it('a key being stored while the rotation starts is waited for and re-wrapped, never left under the old version', async () => {
    const v1 = generateKeyRing();
    const v2 = rotateKeyRing(v1);
    const creator = dataSource.createQueryRunner();
    await creator.connect();
    try {
      await creator.startTransaction();
      expect(await kekFloorForWrapping(creator.manager)).toBe(1);
      const rotation = dataSource.transaction((m) => rewrapDataKeys(m, v2));
      await waitForLockWaiters(dataSource, 1);
      const key = newDataKey(randomUUID());
      const { kekVersion, wrapped } = wrapDataKey(v1, key);
      await creator.query("INSERT INTO data_key (id, purpose, kek_version, wrapped) VALUES ($1, 'CASE', $2, $3)", [
        key.id,
        kekVersion,
        Buffer.from(wrapped),
      ]);
      await creator.commitTransaction();
      await expect(rotation).resolves.toMatchObject({ rewrapped: 1 });
      expect(await storedVersions()).toEqual({ [key.id]: 2 });
    } finally {
      await creator.release();
    }
  });

  it('a key stored after the rotation began must use the new version: the old one is refused once it commits', async () => {
    const v1 = generateKeyRing();
    const v2 = rotateKeyRing(v1);
    const rotator = dataSource.createQueryRunner();
    await rotator.connect();
    try {
      await rotator.startTransaction();
      await rewrapDataKeys(rotator.manager, v2);
      // The expectation is attached now: the rejection may arrive while the commit is still being awaited.
      const late = expect(storeKey(v1)).rejects.toThrow(/below the floor/);
      await waitForLockWaiters(dataSource, 1);
      await rotator.commitTransaction();
      await late;
    } finally {
      await rotator.release();
    }
  });

  it('one key operation at a time: a second holder of the custody lock is refused', async () => {
    await withKeyCustodyLock(dataSource, async () => {
      await expect(withKeyCustodyLock(dataSource, async () => 'second')).rejects.toBeInstanceOf(KeyCustodyBusyError);
    });
    await expect(withKeyCustodyLock(dataSource, async () => 'after')).resolves.toBe('after');
  });

  it('rotate: adds a version to the file and re-wraps; --retire-old leaves the new version only and clears pending erasures', async () => {
    const v1 = generateKeyRing();
    const path = await ringFile(v1);
    const kept = await storeKey(v1);
    const erased = await storeKey(v1);
    await dataSource.transaction((m) => shredDataKeys(m, [erased.id]));

    const first = await withKeyCustodyLock(dataSource, (runner) => rotateKeyEncryptionKey(runner, { ringPath: path, retireOld: false }));
    expect(first).toMatchObject({ retiredVersions: [], ringVersions: [1, 2], erasuresPendingRetirement: 1 });
    expect((await readKeyRingFile(path)).kekVersions).toEqual([1, 2]);

    const second = await withKeyCustodyLock(dataSource, (runner) => rotateKeyEncryptionKey(runner, { ringPath: path, retireOld: true }));
    expect(second).toMatchObject({ retiredVersions: [1, 2], ringVersions: [3], erasuresPendingRetirement: 0 });
    const ring = await readKeyRingFile(path);
    expect(ring.kekVersions).toEqual([3]);
    expect(ring.activeKekVersion).toBe(3);
    expect(await storedVersions()).toEqual({ [kept.id]: 3, [erased.id]: null });
    // What a backup taken before the rotations holds for every key: a v1 wrapping, which the ring no longer opens.
    expect(() => unwrapDataKey(ring, wrapDataKey(v1, newDataKey(erased.id)), erased.id)).toThrow(KeyUnavailableError);
    expect(await checkDataKeysOpen(dataSource.manager, ring)).toEqual({ checked: 1, unopenable: [] });
  });

  it('refuses to retire when some live key would not open without the older versions, and keeps them', async () => {
    const v1 = generateKeyRing();
    const path = await ringFile(v1);
    await storeKey(v1);
    const rotation = withKeyCustodyLock(dataSource, (runner) =>
      rotateKeyEncryptionKey(runner, {
        ringPath: path,
        retireOld: true,
        // A damaged key under the new version: it passes the floor but opens under no ring.
        inRewrapTransaction: async (m) => {
          await m.query("INSERT INTO data_key (id, purpose, kek_version, wrapped) VALUES ($1, 'CASE', 2, $2)", [
            randomUUID(),
            Buffer.alloc(73, 1),
          ]);
        },
      }),
    );
    await expect(rotation).rejects.toBeInstanceOf(RetirementRefusedError);
    expect((await readKeyRingFile(path)).kekVersions).toEqual([1, 2]);
  });
});
