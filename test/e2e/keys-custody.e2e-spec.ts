import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { blindIndex, normaliseIdentityNumber, openText, readKeyRingFile, ready, sealText } from '@registry/crypto';
import { PERSON_IDENTITY_INDEX_COLUMN } from '@registry/database';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { UsageError } from '../../apps/registry-cli/src/usage-error.js';
import { DataKeysService } from '../../apps/registry-api/src/protection/data-keys.service.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';
import {
  cliEnv,
  FIND_PERSON,
  graphqlOf,
  identityNumber,
  openHousehold,
  READ_CASE,
  startReplica,
  type Household,
  type Replica,
} from './keys-support.js';

/**
 * Key custody across instances: a key-encryption key rotated in two phases (publish, then activate) never
 * leaves an instance unable to open or wrap a key, and a shredded household's keys leave every cache.
 */
describe('key custody: two-phase KEK rotation and the data-key cache', () => {
  let app: TestApp;
  let db: pg.Client;
  let token: string;
  let gql: ReturnType<typeof graphqlOf>;
  let first: Household;
  let second: Household;
  const SECOND_NUMBER = identityNumber('19800202', '345');
  /** An instance with its own copy of the ring file, handed the published ring before activation. */
  let replica: Replica;
  const ringPath = () => join(app.config.dataDir, 'keyring.json');
  const replicaRingPath = () => join(app.config.dataDir, 'replica-keyring.json');
  const keys = (...args: string[]) => keysCommand(args, cliEnv(app));
  const versionsInUse = async () =>
    (await db.query<{ kek_version: number }>('SELECT DISTINCT kek_version FROM data_key WHERE shredded_at IS NULL ORDER BY 1')).rows.map(
      (r) => r.kek_version,
    );

  beforeAll(async () => {
    await ready();
    app = await startTestApp();
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] });
    gql = graphqlOf(app);
    first = await openHousehold(gql, token, {
      defector: ['Wilhelmina', 'Quarrington'],
      relative: ['Osvald', 'Quarrington'],
      defectorNumber: identityNumber('19790101', '234'),
      summary: 'custody-summary-one',
    });
    await copyFile(ringPath(), replicaRingPath());
    replica = await startReplica(app, replicaRingPath());
  });
  afterAll(async () => {
    await replica?.close();
    await db?.end();
    await app?.close();
  });

  it('activate before anything is published is refused, and changes nothing', async () => {
    await expect(keys('rotate', '--activate')).rejects.toThrow(/no key-encryption key is published/);
    await expect(keys('rotate', '--publish', '--retire-old')).rejects.toBeInstanceOf(UsageError);
    expect((await readKeyRingFile(ringPath())).kekVersions).toEqual([1]);
  });

  it('publish adds version 2 to the file, not active: nothing is wrapped under it, and a second publish is refused', async () => {
    const output = await keys('rotate', '--publish');
    expect(output).toMatch(/version 2 published, not active/);
    const ring = await readKeyRingFile(ringPath());
    expect(ring.kekVersions).toEqual([1, 2]);
    expect(ring.activeKekVersion).toBe(1);
    await expect(keys('rotate', '--publish')).rejects.toThrow(/published and not yet active/);
    await expect(keys('rotate')).rejects.toThrow(/published and not yet active/);
    // New keys are still wrapped under version 1.
    second = await openHousehold(gql, token, {
      defector: ['Ragnhild', 'Tillotson'],
      relative: ['Sixten', 'Tillotson'],
      defectorNumber: SECOND_NUMBER,
      summary: 'custody-summary-two',
    });
    expect(await versionsInUse()).toEqual([1]);
  });

  it('after activation, an instance whose file still names version 1 active wraps under 2 and reads everything', async () => {
    // The operator hands the published ring to the replica; then activates on the first instance's file.
    await copyFile(ringPath(), replicaRingPath());
    const output = await keys('rotate', '--activate');
    expect(output).toMatch(/version 2 added and active/);
    expect((await readKeyRingFile(ringPath())).activeKekVersion).toBe(2);
    expect((await readKeyRingFile(replicaRingPath())).activeKekVersion).toBe(1);
    expect(await versionsInUse()).toEqual([2]);

    const opened = await replica.graphql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'RELATIVE', givenName: 'Ulrika', familyName: 'Vanderpoel' },
    });
    expect(opened.errors).toBeUndefined();
    expect(await versionsInUse()).toEqual([2]);
    const read = await replica.graphql(token, READ_CASE, { id: first.caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data?.case.threatAssessment.summary).toBe('custody-summary-one');
  });

  it('a shredded household’s keys leave the cache of every instance, read again or not', async () => {
    const [row] = (await db.query<{ data_key_id: string }>('SELECT data_key_id FROM registry_case WHERE id = $1', [first.caseId])).rows;
    const caseKeyId = row!.data_key_id;
    const mine = app.registry.app.get(DataKeysService);
    const theirs = replica.registry.app.get(DataKeysService);
    expect((await gql(token, READ_CASE, { id: first.caseId })).errors).toBeUndefined();
    expect(mine.holds(caseKeyId)).toBe(true);
    expect(theirs.holds(caseKeyId)).toBe(true);

    const closed = await gql(token, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { id } }', { c: first.caseId });
    expect(closed.errors).toBeUndefined();
    await keys('shred-case', first.reference, '--defer-retirement');
    // One instance reads the household and finds it erased; the other never asks again, and its sweep drops it.
    expect((await gql(token, READ_CASE, { id: first.caseId })).errors?.[0]?.extensions.code).toBe('DATA_ERASED');
    expect(mine.holds(caseKeyId)).toBe(false);
    expect(await theirs.sweepShredded()).toBeGreaterThan(0);
    expect(theirs.holds(caseKeyId)).toBe(false);
  });

  it('a key that a transaction still open has just made survives the sweep, and seals what that transaction writes', async () => {
    const mine = app.registry.app.get(DataKeysService);
    await app.registry.app.get(UnitOfWork).transaction(async (m) => {
      const key = await mine.create(m, 'CASE');
      // The sweep reads on a connection of its own, where the new key's row is not yet visible.
      await mine.sweepShredded();
      expect(mine.holds(key.id)).toBe(true);
      const binding = { table: 'registry_case', column: 'home_municipality', rowId: 'sweep-probe' };
      expect(openText(key, binding, sealText(key, binding, '1280'))).toBe('1280');
    });
  });

  it('rotate-blind-index re-makes every index under a new key; with the old one retired, a backup’s index matches nothing the ring makes', async () => {
    const oldRing = await readKeyRingFile(ringPath());
    const backupIndex = (
      await db.query<{ identity_number_index: Buffer }>('SELECT identity_number_index FROM person WHERE id = $1', [second.defectorId])
    ).rows[0]!.identity_number_index;
    const number = normaliseIdentityNumber(SECOND_NUMBER);
    expect(Buffer.from(blindIndex(oldRing, PERSON_IDENTITY_INDEX_COLUMN, number, 1)).equals(backupIndex)).toBe(true);

    const output = await keys('rotate-blind-index', '--retire-old');
    expect(output).toMatch(/blind-index key version 2 added and active/);
    expect(output).toMatch(/indexes re-made under version 2: [1-9]/);
    expect(output).toMatch(/retired blind-index version\(s\) 1/);

    const ring = await readKeyRingFile(ringPath());
    expect(ring.blindIndexVersions).toEqual([2]);
    const [after] = (
      await db.query<{ identity_number_index: Buffer; identity_number_index_version: number }>(
        'SELECT identity_number_index, identity_number_index_version FROM person WHERE id = $1',
        [second.defectorId],
      )
    ).rows;
    expect(after!.identity_number_index_version).toBe(2);
    expect(after!.identity_number_index.equals(backupIndex)).toBe(false);
    // Today's ring cannot make the backup's index: version 1 is gone, and version 2 makes another one.
    expect(() => blindIndex(ring, PERSON_IDENTITY_INDEX_COLUMN, number, 1)).toThrow(/not in the key ring/);
    expect(Buffer.from(blindIndex(ring, PERSON_IDENTITY_INDEX_COLUMN, number)).equals(backupIndex)).toBe(false);
    const file = await import('node:fs/promises').then((fs) => fs.readFile(ringPath(), 'utf8'));
    expect(file).not.toContain(Buffer.from(oldRing.blindIndexKey(1).key).toString('base64url'));

    // Both instances find the person under the new version (each re-reads its ring file once).
    const found = await gql(token, FIND_PERSON, { n: SECOND_NUMBER });
    expect(found.data?.personByIdentityNumber?.id).toBe(second.defectorId);
    await copyFile(ringPath(), replicaRingPath());
    const foundThere = await replica.graphql(token, FIND_PERSON, { n: SECOND_NUMBER });
    expect(foundThere.data?.personByIdentityNumber?.id).toBe(second.defectorId);
    // And a second registration of the number is still recognised.
    const again = await replica.graphql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'DEFECTOR', givenName: 'Ragnhild', familyName: 'Tillotson', personalIdentityNumber: SECOND_NUMBER },
    });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an index under any other version than the database’s is refused by the database itself', async () => {
    await expect(db.query('UPDATE person SET identity_number_index_version = 1 WHERE id = $1', [second.defectorId])).rejects.toThrow(
      /not the current version 2/,
    );
  });

  it('rotate-audit-key gives a new signing key; audit-public-keys lists it with the retired one, public halves only', async () => {
    const before = JSON.parse(await keys('audit-public-keys')) as { keys: { kid: string; status: string; x: string }[] };
    expect(before.keys.map((k) => k.status)).toEqual(['current']);
    const output = await keys('rotate-audit-key');
    expect(output).toContain(`${before.keys[0]!.kid} retired`);
    const after = JSON.parse(await keys('audit-public-keys')) as { keys: { kid: string; status: string; x: string }[] };
    expect(after.keys.map((k) => k.status)).toEqual(['current', 'retired']);
    expect(after.keys[1]!.kid).toBe(before.keys[0]!.kid);
    expect(after.keys[0]!.kid).not.toBe(before.keys[0]!.kid);
    const ring = await readKeyRingFile(ringPath());
    expect(JSON.stringify(after)).not.toContain(Buffer.from(ring.auditSigningSeed).toString('base64url'));
    // The rotation is in the audit log, by the operator, naming the new key's thumbprint only.
    const [event] = (
      await db.query<{ actor: string; resource_id: string }>(
        `SELECT actor, resource_id FROM ${AUDIT_EVENT_ROWS} WHERE resource_type = 'audit_signing_key' ORDER BY seq DESC LIMIT 1`,
      )
    ).rows;
    expect(event).toEqual({ actor: 'operator:key-custodian', resource_id: after.keys[0]!.kid });
  });
});
