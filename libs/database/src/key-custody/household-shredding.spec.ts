import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createDataSource } from '../data-source.js';
import { migrate } from '../schema.js';
import { kekFloorForWrapping, keyCustodyState } from './custody-state.js';
import { CaseErasureRefusedError, shredCaseHousehold } from './household-shredding.js';
import { waitForLockWaiters } from '../../test/lock-waiters.js';

/** Rows as the service would write them; the sealed columns hold stand-in bytes, since shredding never opens them. */
describe('shredding a case household', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let referenceNumber = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, poolSize: 4 }).initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function dataKey(purpose: 'CASE' | 'PERSON'): Promise<string> {
    const id = randomUUID();
    await dataSource.query('INSERT INTO data_key (id, purpose, kek_version, wrapped) VALUES ($1, $2, 1, $3)', [
      id,
      purpose,
      Buffer.alloc(73, 7),
    ]);
    return id;
  }

  async function person(withIdentityNumber = true): Promise<string> {
    const id = randomUUID();
    const sealed = Buffer.from('sealed');
    await dataSource.query(
      `INSERT INTO person (id, data_key_id, kind, given_name_sealed, family_name_sealed, identity_number_sealed, identity_number_index,
                           identity_number_index_version)
       VALUES ($1, $2, 'RELATIVE', $3, $3, $4, $5, $6)`,
      [
        id,
        await dataKey('PERSON'),
        sealed,
        withIdentityNumber ? sealed : null,
        withIdentityNumber ? Buffer.from(randomUUID()) : null,
        withIdentityNumber ? 1 : null,
      ],
    );
    return id;
  }

  async function openCase(defector: string, relatives: string[], status = 'COMPLETED'): Promise<{ id: string; reference: string }> {
    const id = randomUUID();
    referenceNumber += 1;
    const reference = `AVH-2025-${String(referenceNumber).padStart(6, '0')}`;
    await dataSource.query(
      `INSERT INTO registry_case (id, reference, data_key_id, region, status, home_municipality_sealed, defector_id,
         meets_definition, motivated, consent_to_information_exchange, signed_conditions, evidence_person)
       VALUES ($1, $2, $3, 'SYD', $4, $5, $6, true, true, true, true, false)`,
      [id, reference, await dataKey('CASE'), status, Buffer.from('sealed'), defector],
    );
    for (const [position, personId] of [defector, ...relatives].entries()) {
      await dataSource.query('INSERT INTO case_member (case_id, person_id, role, position) VALUES ($1, $2, $3, $4)', [
        id,
        personId,
        position === 0 ? 'DEFECTOR' : 'RELATIVE',
        position,
      ]);
    }
    return { id, reference };
  }

  async function shredded(personOrCaseIds: string[]): Promise<boolean[]> {
    const rows = (await dataSource.query(
      `SELECT x.id, k.shredded_at IS NOT NULL AS shredded, k.wrapped IS NULL AS no_material
         FROM (SELECT id, data_key_id FROM person UNION ALL SELECT id, data_key_id FROM registry_case) x
         JOIN data_key k ON k.id = x.data_key_id
        WHERE x.id = ANY($1::uuid[])`,
      [personOrCaseIds],
    )) as { id: string; shredded: boolean; no_material: boolean }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return personOrCaseIds.map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error('row not found');
      expect(row.no_material).toBe(row.shredded);
      return row.shredded;
    });
  }

  const shred = (reference: string) => dataSource.transaction((m) => shredCaseHousehold(m, reference));

  it('destroys the case key and every household key, drops the blind index, counts the shredding; a second run changes nothing', async () => {
    const defector = await person();
    const relative = await person();
    const bystander = await person();
    const theCase = await openCase(defector, [relative]);
    const before = await keyCustodyState(dataSource.manager);
    const [{ version: factsBefore }] = (await dataSource.query('SELECT version FROM facts_version')) as { version: string }[];

    expect(await shred(theCase.reference)).toEqual({
      caseId: theCase.id,
      caseKeysDestroyed: 1,
      caseKeysAlreadyDestroyed: 0,
      personKeysDestroyed: 2,
      personKeysAlreadyDestroyed: 0,
      personKeysKept: 0,
    });
    expect(await shredded([theCase.id, defector, relative, bystander])).toEqual([true, true, true, false]);
    const indexes = (await dataSource.query(
      'SELECT identity_number_index IS NULL AS gone, given_name_sealed IS NOT NULL AS ciphertext_left FROM person WHERE id = ANY($1::uuid[])',
      [[defector, relative]],
    )) as { gone: boolean; ciphertext_left: boolean }[];
    expect(indexes).toEqual([
      { gone: true, ciphertext_left: true },
      { gone: true, ciphertext_left: true },
    ]);
    expect((await keyCustodyState(dataSource.manager)).shredGeneration).toBe(before.shredGeneration + 1);
    const [{ version: factsAfter }] = (await dataSource.query('SELECT version FROM facts_version')) as { version: string }[];
    expect(Number(factsAfter)).toBe(Number(factsBefore) + 1);

    expect(await shred(theCase.reference)).toMatchObject({
      caseKeysDestroyed: 0,
      caseKeysAlreadyDestroyed: 1,
      personKeysDestroyed: 0,
      personKeysAlreadyDestroyed: 2,
    });
    expect((await keyCustodyState(dataSource.manager)).shredGeneration).toBe(before.shredGeneration + 1);
  });

  it('keeps a member of another case, and a threat actor named by another case, until that case is erased too', async () => {
    const defector = await person();
    const sharedRelative = await person(false);
    const threatToOthers = await person();
    const erased = await openCase(defector, [sharedRelative, threatToOthers]);
    const other = await openCase(await person(), [sharedRelative], 'OPEN');
    const third = await openCase(await person(), [], 'ACTIVE');
    await dataSource.query(
      `INSERT INTO threat_assessment (id, case_id, level, reach, relocation_required, threat_actor_ids, assessed_on, review_due)
       VALUES ($1, $2, 'HIGH', 'LOCAL', true, $3, '2025-01-01', '2025-06-01')`,
      [randomUUID(), third.id, [threatToOthers]],
    );

    expect(await shred(erased.reference)).toMatchObject({ caseKeysDestroyed: 1, personKeysDestroyed: 1, personKeysKept: 2 });
    expect(await shredded([defector, sharedRelative, threatToOthers, other.id])).toEqual([true, false, false, false]);

    await dataSource.query("UPDATE registry_case SET status = 'ABORTED' WHERE id = $1", [other.id]);
    expect(await shred(other.reference)).toMatchObject({ caseKeysDestroyed: 1, personKeysDestroyed: 2, personKeysKept: 0 });
    expect(await shredded([sharedRelative, threatToOthers])).toEqual([true, false]);
  });

  it('waits for a case being opened, whose key is already stored, instead of deadlocking with it', async () => {
    const erasedCase = await openCase(await person(), []);
    const opening = await openCase(await person(), [], 'OPEN');
    const newRelative = await person();
    const opener = dataSource.createQueryRunner();
    await opener.connect();
    try {
      await opener.startTransaction();
      await kekFloorForWrapping(opener.manager); // what storing the new case's data key does
      const shredding = shred(erasedCase.reference);
      await waitForLockWaiters(dataSource, 1);
      await opener.query("INSERT INTO case_member (case_id, person_id, role, position) VALUES ($1, $2, 'RELATIVE', 1)", [
        opening.id,
        newRelative,
      ]);
      await opener.commitTransaction();
      await expect(shredding).resolves.toMatchObject({ caseKeysDestroyed: 1, personKeysDestroyed: 1 });
    } finally {
      await opener.release();
    }
  });

  it('refuses an open or active case and an unknown reference, destroying nothing', async () => {
    const defector = await person();
    const open = await openCase(defector, [], 'OPEN');
    const active = await openCase(await person(), [], 'ACTIVE');
    await expect(shred(open.reference)).rejects.toThrow(
      new CaseErasureRefusedError(`case ${open.reference} is OPEN; close it (COMPLETED or ABORTED) before erasing it`),
    );
    await expect(shred(active.reference)).rejects.toBeInstanceOf(CaseErasureRefusedError);
    await expect(shred('AVH-1999-000001')).rejects.toThrow('no case has the reference AVH-1999-000001');
    expect(await shredded([open.id, defector, active.id])).toEqual([false, false, false]);
  });
});
