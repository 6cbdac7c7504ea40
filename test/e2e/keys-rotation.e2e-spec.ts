import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { readKeyRingFile, ready, withoutVersion, writeKeyRingFile } from '@registry/crypto';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  cliEnv,
  FIND_PERSON,
  graphqlOf,
  identityNumber,
  openHousehold,
  READ_CASE,
  startReplica,
  type Body,
  type Household,
  type HouseholdNames,
} from './keys-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

const DEFECTOR_NUMBER = identityNumber('19870412', '123');
const NETWORK_NAME = 'Rotating Lanterns Network';
const SUMMARY = 'summary-that-must-survive-rotation';
const NAMES: HouseholdNames = {
  defector: ['Ottilie', 'Pennywhistle'],
  relative: ['Bartholomew', 'Pennywhistle'],
  defectorNumber: DEFECTOR_NUMBER,
  summary: SUMMARY,
};

/** `npm run keys -- rotate` against a running service: re-wrap while it serves, then read with the old version gone. */
describe('keys rotate', () => {
  let app: TestApp;
  let token: string;
  let gql: ReturnType<typeof graphqlOf>;
  let household: Household;
  let networkId: string;
  const ringPath = () => join(app.config.dataDir, 'keyring.json');

  async function kekVersions(): Promise<Record<string, number>> {
    const client = new pg.Client({ connectionString: app.database.url });
    await client.connect();
    try {
      const rows = await client.query<{ kek_version: number; n: number }>(
        'SELECT kek_version, count(*)::int AS n FROM data_key WHERE shredded_at IS NULL GROUP BY kek_version',
      );
      return Object.fromEntries(rows.rows.map((row) => [String(row.kek_version), row.n]));
    } finally {
      await client.end();
    }
  }

  /** Everything sealed that the seed wrote: case fields, both persons, the threat summary, the network, the blind index. */
  async function expectEverythingReads(read: (token: string, query: string, variables?: Record<string, unknown>) => Promise<Body>) {
    const theCase = await read(token, READ_CASE, { id: household.caseId });
    expect(theCase.errors).toBeUndefined();
    expect(theCase.data?.case).toMatchObject({
      homeMunicipality: { code: '1280' },
      defector: { givenName: NAMES.defector[0], familyName: NAMES.defector[1] },
      relatives: [{ givenName: NAMES.relative[0], familyName: NAMES.relative[1] }],
      threatAssessment: { summary: SUMMARY },
    });
    const networks = await read(token, '{ networks { id name } }');
    expect(networks.data?.networks).toEqual([{ id: networkId, name: NETWORK_NAME }]);
    const found = await read(token, FIND_PERSON, { n: DEFECTOR_NUMBER });
    expect(found.data?.personByIdentityNumber).toEqual({ id: household.defectorId, givenName: NAMES.defector[0] });
  }

  beforeAll(async () => {
    await ready();
    app = await startTestApp();
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] });
    gql = graphqlOf(app);
    const network = await gql(token, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
      i: { name: NETWORK_NAME, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
    });
    networkId = network.data?.createNetwork.id;
    household = await openHousehold(gql, token, NAMES);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('re-wraps every data key while the service runs; a replica holding the old ring re-reads it, and new keys use the new version', async () => {
    // Started before the rotation: it holds version 1 only and has no key cached.
    const replica = await startReplica(app);
    try {
      expect(await kekVersions()).toEqual({ '1': 4 }); // network intelligence, two persons, the case
      const output = await keysCommand(['rotate'], cliEnv(app));
      expect(output).toContain('key-encryption key version 2 added and active');
      expect(output).toContain('data keys re-wrapped under version 2: 4 (0 already under it)');
      expect(output).toContain('the key ring holds versions 1, 2');
      for (const secret of [...NAMES.defector, ...NAMES.relative, NETWORK_NAME, SUMMARY]) expect(output).not.toContain(secret);
      expect(await kekVersions()).toEqual({ '2': 4 });
      expect((await readKeyRingFile(ringPath())).kekVersions).toEqual([1, 2]);

      await expectEverythingReads(replica.graphql);

      // The first instance still holds version 1 as active; the database's floor makes it re-read before wrapping.
      const registered = await gql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id givenName } }', {
        i: { kind: 'OTHER', givenName: 'Newcomer', familyName: 'Afterrotation' },
      });
      expect(registered.errors).toBeUndefined();
      expect(await kekVersions()).toEqual({ '2': 5 });
      const viaReplica = await replica.graphql(token, 'query($id: ID!) { person(id: $id) { givenName } }', {
        id: registered.data?.registerPerson.id,
      });
      expect(viaReplica.data?.person).toEqual({ givenName: 'Newcomer' });
    } finally {
      await replica.close();
    }
  });

  it('after removing the old version from the ring file by hand, a freshly started instance reads everything', async () => {
    const ring = await readKeyRingFile(ringPath());
    expect(ring.kekVersions).toEqual([1, 2]);
    await writeKeyRingFile(ringPath(), withoutVersion(ring, 1), { overwrite: true });
    const fresh = await startReplica(app);
    try {
      await expectEverythingReads(fresh.graphql);
    } finally {
      await fresh.close();
    }
  });

  it('rotate --retire-old leaves only the new version in the file, after proving every key opens with it', async () => {
    const output = await keysCommand(['rotate', '--retire-old'], cliEnv(app));
    expect(output).toContain('data keys re-wrapped under version 3: 5 (0 already under it)');
    expect(output).toContain('retired version(s) 2: the key ring holds version 3 only');
    const ring = await readKeyRingFile(ringPath());
    expect(ring.kekVersions).toEqual([3]);
    expect(await kekVersions()).toEqual({ '3': 5 });
    const fresh = await startReplica(app);
    try {
      await expectEverythingReads(fresh.graphql);
    } finally {
      await fresh.close();
    }
    // The instance that has run all along still serves too (its cached keys are unchanged data keys).
    await expectEverythingReads(gql);
  });

  it('each rotation is in the audit log as keys.rotate, by the operator', async () => {
    const client = new pg.Client({ connectionString: app.database.url });
    await client.connect();
    try {
      const events = await client.query<{ actor: string; resource_id: string; outcome: string }>(
        `SELECT actor, resource_id, outcome FROM ${AUDIT_EVENT_ROWS} WHERE action = 'keys.rotate' ORDER BY seq`,
      );
      expect(events.rows).toEqual([
        { actor: 'operator:key-custodian', resource_id: 'kek-v2', outcome: 'ok' },
        { actor: 'operator:key-custodian', resource_id: 'kek-v3', outcome: 'ok' },
      ]);
    } finally {
      await client.end();
    }
  });
});
