import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { KeyUnavailableError, readKeyRingFile, ready, unwrapDataKey, type WrappedDataKey } from '@registry/crypto';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { queryRows } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  cliEnv,
  FIND_PERSON,
  graphqlOf,
  identityNumber,
  openHousehold,
  READ_CASE,
  READ_CASE_BY_REFERENCE,
  READ_PERSON,
  startReplica,
  type Body,
  type Household,
  type HouseholdNames,
  type Replica,
} from './keys-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

const ERASED_NUMBER = identityNumber('19850607', '234');
const KEPT_NUMBER = identityNumber('19920315', '345');
const ERASED: HouseholdNames = {
  defector: ['Henrietta', 'Shredsworth'],
  relative: ['Cornelius', 'Shredsworth'],
  defectorNumber: ERASED_NUMBER,
  summary: 'summary-of-the-erased-household',
};
const KEPT: HouseholdNames = {
  defector: ['Ingeborg', 'Keepmoor'],
  relative: ['Leopold', 'Keepmoor'],
  defectorNumber: KEPT_NUMBER,
  summary: 'summary-of-the-household-that-stays',
};

interface KeyRow {
  id: string;
  kek_version: number | null;
  wrapped: Buffer | null;
}

/**
 * `npm run keys -- shred-case`: a closed household's keys destroyed while two instances run with them
 * cached; reads say DATA_ERASED; a backup taken before holds the wrapped keys, but no ring opens them.
 */
describe('keys shred-case', () => {
  let app: TestApp;
  let replica: Replica;
  let token: string;
  let gql: ReturnType<typeof graphqlOf>;
  let erased: Household;
  let kept: Household;
  /** The household's data_key rows as a database backup taken before the shredding holds them. */
  let backup: KeyRow[];

  const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    queryRows<T>(app.database.url, text, values);

  const householdKeys = (household: Household) =>
    sql<KeyRow>(
      `SELECT k.id, k.kek_version, k.wrapped FROM data_key k
        WHERE k.id IN (SELECT data_key_id FROM registry_case WHERE id = $1 UNION SELECT data_key_id FROM person WHERE id = ANY($2::uuid[]))
        ORDER BY k.id`,
      [household.caseId, [household.defectorId, household.relativeId]],
    );

  function expectErased(body: Body): void {
    expect(body.errors?.[0]?.extensions.code).toBe('DATA_ERASED');
    expect(body.errors?.[0]?.message).toMatch(/erased/);
    for (const secret of [...ERASED.defector, ...ERASED.relative, ERASED.summary]) expect(JSON.stringify(body)).not.toContain(secret);
  }

  async function expectKeptReads(read: Replica['graphql']): Promise<void> {
    const body = await read(token, READ_CASE, { id: kept.caseId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.case).toMatchObject({
      defector: { givenName: KEPT.defector[0], familyName: KEPT.defector[1] },
      relatives: [{ givenName: KEPT.relative[0] }],
      threatAssessment: { summary: KEPT.summary },
    });
    expect((await read(token, FIND_PERSON, { n: KEPT_NUMBER })).data?.personByIdentityNumber).toEqual({
      id: kept.defectorId,
      givenName: KEPT.defector[0],
    });
  }

  beforeAll(async () => {
    await ready();
    app = await startTestApp();
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] });
    gql = graphqlOf(app);
    erased = await openHousehold(gql, token, ERASED);
    kept = await openHousehold(gql, token, KEPT);
    replica = await startReplica(app);
  });
  afterAll(async () => {
    await replica?.close();
    await app?.close();
  });

  it('refuses an open case and destroys nothing', async () => {
    await expect(keysCommand(['shred-case', erased.reference], cliEnv(app))).rejects.toThrow(`case ${erased.reference} is OPEN`);
    expect((await householdKeys(erased)).every((row) => row.wrapped !== null)).toBe(true);
  });

  it('destroys the household keys; both running instances, with the keys cached, answer DATA_ERASED', async () => {
    // Both instances read the household first, so each holds its keys unwrapped in memory.
    for (const read of [gql, replica.graphql]) {
      expect((await read(token, READ_CASE, { id: erased.caseId })).data?.case.defector.givenName).toBe(ERASED.defector[0]);
    }
    const closed = await gql(token, 'mutation($c: ID!) { closeCase(caseId: $c, status: COMPLETED) { status } }', { c: erased.caseId });
    expect(closed.data?.closeCase).toEqual({ status: 'COMPLETED' });
    backup = await householdKeys(erased);
    expect(backup).toHaveLength(3);

    const output = await keysCommand(['shred-case', erased.reference], cliEnv(app));

    expect(output).toContain(`case ${erased.reference} erased: 1 case key and 2 person keys destroyed (0 already destroyed)`);
    expect(output).toMatch(/retired version\(s\) 1: the key ring holds version 2 only/);
    for (const secret of [...ERASED.defector, ...ERASED.relative, ERASED.summary, ERASED_NUMBER, erased.defectorId, erased.relativeId]) {
      expect(output).not.toContain(secret);
    }
    for (const read of [gql, replica.graphql]) {
      expectErased(await read(token, READ_CASE, { id: erased.caseId }));
      expectErased(await read(token, READ_CASE_BY_REFERENCE, { r: erased.reference }));
      expectErased(await read(token, READ_PERSON, { id: erased.defectorId }));
      expectErased(await read(token, READ_PERSON, { id: erased.relativeId }));
      // The blind index went with the keys: the number is no longer in the register at all.
      const byNumber = await read(token, FIND_PERSON, { n: ERASED_NUMBER });
      expect(byNumber.errors).toBeUndefined();
      expect(byNumber.data?.personByIdentityNumber).toBeNull();
    }
  });

  it('the case list still answers, without the erased case', async () => {
    for (const read of [gql, replica.graphql]) {
      const listed = await read(token, '{ cases { id } }');
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.cases).toEqual([{ id: kept.caseId }]);
    }
  });

  it('another case still reads, in both instances', async () => {
    await expectKeptReads(gql);
    await expectKeptReads(replica.graphql);
  });

  it('the ciphertext is still in the database, but no key is, and the ring opens no backup copy of the destroyed keys', async () => {
    const [person] = await sql<{ given_name_sealed: Buffer; family_name_sealed: Buffer }>(
      'SELECT given_name_sealed, family_name_sealed FROM person WHERE id = $1',
      [erased.defectorId],
    );
    expect(person?.given_name_sealed.length).toBeGreaterThan(0);
    expect(person?.family_name_sealed.length).toBeGreaterThan(0);
    const [theCase] = await sql<{ home_municipality_sealed: Buffer }>('SELECT home_municipality_sealed FROM registry_case WHERE id = $1', [
      erased.caseId,
    ]);
    expect(theCase?.home_municipality_sealed.length).toBeGreaterThan(0);
    expect(await householdKeys(erased)).toEqual(backup.map((row) => ({ id: row.id, kek_version: null, wrapped: null })));

    // A restored backup brings the wrapped keys back; the ring that would open them is gone.
    const ring = await readKeyRingFile(join(app.config.dataDir, 'keyring.json'));
    for (const row of backup) {
      const copy: WrappedDataKey = { kekVersion: row.kek_version as number, wrapped: new Uint8Array(row.wrapped as Buffer) };
      expect(() => unwrapDataKey(ring, copy, row.id)).toThrow(KeyUnavailableError);
    }
    // The household that stays opens under the new version (it was re-wrapped, not re-sealed).
    for (const row of await householdKeys(kept)) {
      expect(row.kek_version).toBe(ring.activeKekVersion);
      expect(() =>
        unwrapDataKey(ring, { kekVersion: row.kek_version as number, wrapped: new Uint8Array(row.wrapped as Buffer) }, row.id),
      ).not.toThrow();
    }
  });

  it('is idempotent: a second run says the case was already erased and changes nothing', async () => {
    const before = await sql<{ shred_generation: string }>('SELECT shred_generation FROM key_custody');
    const output = await keysCommand(['shred-case', erased.reference], cliEnv(app));
    expect(output).toContain(`case ${erased.reference} was already erased (3 keys destroyed before)`);
    expect(output).toContain('no key-encryption key in the ring opens a destroyed key any more');
    expect(await sql('SELECT shred_generation FROM key_custody')).toEqual(before);
    expect((await readKeyRingFile(join(app.config.dataDir, 'keyring.json'))).kekVersions).toEqual([2]);
  });

  it('records case.shred in the audit log with the case id only', async () => {
    const events = await sql<{ actor: string; resource_type: string; resource_id: string }>(
      `SELECT actor, resource_type, resource_id FROM ${AUDIT_EVENT_ROWS} WHERE action = 'case.shred'`,
    );
    expect(events).toEqual([{ actor: 'operator:key-custodian', resource_type: 'case', resource_id: erased.caseId }]);
  });

  it('--defer-retirement: backups stay openable until "rotate --retire-old", which then closes them', async () => {
    const closed = await gql(token, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { status } }', { c: kept.caseId });
    expect(closed.errors).toBeUndefined();
    const copies = await householdKeys(kept);
    const output = await keysCommand(['shred-case', kept.reference, '--defer-retirement'], cliEnv(app));
    expect(output).toContain('1 case key and 2 person keys destroyed');
    expect(output).toContain('database backups still hold openable copies of 1 shredding');
    expectErased(await replica.graphql(token, READ_CASE, { id: kept.caseId }));

    const ringPath = join(app.config.dataDir, 'keyring.json');
    const opensBackup = async () => {
      const ring = await readKeyRingFile(ringPath);
      return copies.every((row) => {
        try {
          unwrapDataKey(ring, { kekVersion: row.kek_version as number, wrapped: new Uint8Array(row.wrapped as Buffer) }, row.id);
          return true;
        } catch {
          return false;
        }
      });
    };
    expect(await opensBackup()).toBe(true);
    const rotated = await keysCommand(['rotate', '--retire-old'], cliEnv(app));
    expect(rotated).toContain('the key ring holds version 3 only');
    expect(rotated).not.toContain('still readable from database backups');
    expect(await opensBackup()).toBe(false);
  });
});
