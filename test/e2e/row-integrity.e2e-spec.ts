import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import pg from 'pg';
import { IntegrityError } from '@registry/crypto';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { cliEnv, startReplica, type Body } from './keys-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

/*
 * A database writer edits, nulls or replays the plaintext columns that checks and need-to-know read,
 * directly in PostgreSQL. Each such change must fail as INTEGRITY_ERROR on the next check or read,
 * never change a verdict quietly. "The next check" is one that reads the row: a direct edit does not bump
 * the facts version, so each case bumps it (as any later write, a new day or a restart would).
 */

const TODAY = todayInSweden();
const START = addDays(TODAY, 30);
const END = addDays(START, 180);
const MALMO = '1280';
const UMEA = '2480';
const KIRUNA = '2584';

describe('row MACs: a change by a database writer is an INTEGRITY_ERROR, not another verdict', () => {
  let app: TestApp;
  let db: pg.Client;
  let national: string;
  let syd: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'row integrity test', variables })).body as Body;
  }
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<NonNullable<Body['data']>> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  }

  const CHECK = `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m, startDate: "${START}", endDate: "${END}") { cleared flags { code } } }`;
  const check = (caseId = ids.sydCase, m = MALMO) => gql(national, CHECK, { c: caseId, m });
  const readCase = (caseId = ids.sydCase) =>
    gql(national, 'query($id: ID!) { case(id: $id) { id status proposals { id status } placements { id } linkRequests { status } } }', {
      id: caseId,
    });
  const readPerson = (id = ids.actor) => gql(syd, 'query($id: ID!) { person(id: $id) { id } }', { id });
  /** What a later write, a new day or a restart does: the next check reads every fact afresh. */
  const nextLoad = () => db.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");

  beforeAll(async () => {
    app = await startTestApp();
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });

    const network = async (name: string) =>
      (
        await ok(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
        })
      ).createNetwork.id as string;
    ids.north = await network('Integrity North');
    ids.south = await network('Integrity South');
    ids.relation = (
      await ok(national, 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }', {
        a: ids.north,
        b: ids.south,
      })
    ).relateNetworks.id;
    ids.presence = (
      await ok(
        national,
        'mutation($n: ID!, $m: String!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
        { n: ids.south, m: MALMO },
      )
    ).addNetworkPresence.id;

    const person = async (token: string, kind: string, givenName: string) =>
      (
        await ok(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
          i: { kind, givenName, familyName: 'Integritet' },
        })
      ).registerPerson.id as string;
    ids.defector = await person(syd, 'DEFECTOR', 'Agnetha');
    ids.relative = await person(syd, 'RELATIVE', 'Birgitta');
    ids.actor = await person(syd, 'THREAT_ACTOR', 'Cecilia');
    ids.hidden = await person(national, 'THREAT_ACTOR', 'Dagny');
    ids.otherDefector = await person(national, 'DEFECTOR', 'Elvira');
    ids.affiliation = (
      await ok(
        syd,
        'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: FORMER_MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
        { p: ids.defector, n: ids.north },
      )
    ).addAffiliation.id;
    await ok(
      national,
      'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
      { p: ids.otherDefector, n: ids.south },
    );
    ids.actualArea = (
      await ok(syd, 'mutation($i: ActualAreaInput!) { addActualArea(input: $i) { id } }', {
        i: { personId: ids.relative, municipalityCode: KIRUNA, kind: 'STAYS_OFTEN', confidence: 'POSSIBLE', validFrom: '2020-01-01' },
      })
    ).addActualArea.id;
    await ok(syd, 'mutation($p: ID!, $m: String!) { setKnownLocation(personId: $p, municipalityCode: $m, validFrom: "2020-01-01") }', {
      p: ids.actor,
      m: KIRUNA,
    });
    await ok(
      syd,
      'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: THREAT, terms: { scope: NEARBY, reviewDue: "2030-01-01" }) }',
      { p: ids.defector, o: ids.actor },
    );
    // A second location of the actor, closed: its closing is a row the facts read.
    await ok(syd, 'mutation($p: ID!, $m: String!) { setKnownLocation(personId: $p, municipalityCode: $m, validFrom: "2019-01-01") }', {
      p: ids.actor,
      m: KIRUNA,
    });
    const closedLocation = (
      (await ok(syd, 'query($p: ID!) { knownLocations(personId: $p) { id validFrom } }', { p: ids.actor })).knownLocations as {
        id: string;
        validFrom: string;
      }[]
    ).find((l) => l.validFrom === '2019-01-01');
    await ok(syd, 'mutation($id: ID!) { closeKnownLocation(id: $id, reason: "Inte längre där") { id } }', { id: closedLocation!.id });
    // Syd may not see national coordination's person: a link request, which national coordination approves.
    await ok(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
      p: ids.defector,
      o: ids.hidden,
    });

    const openCase = async (token: string, region: string, home: string, defectorId: string, relativeIds: string[] = []) =>
      (
        await ok(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
          i: { region, homeMunicipalityCode: home, defectorId, relativeIds, eligibility: ELIGIBLE },
        })
      ).openCase.id as string;
    ids.sydCase = await openCase(syd, 'SYD', '1283', ids.defector, [ids.relative]);
    ids.otherCase = await openCase(national, 'STOCKHOLM', '0180', ids.otherDefector);
    for (const c of [ids.sydCase, ids.otherCase]) {
      await ok(national, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
        c,
        i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      });
      await ok(national, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
        c,
        i: { unsuitable: [], minDistanceFromHomeKm: 50, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      });
    }
    const [pending] = (await db.query("SELECT id FROM link_request WHERE status = 'PENDING'")).rows as { id: string }[];
    await ok(national, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { id } }', { id: pending!.id });

    // The other household: a reservation in Umeå, and a placement in Umeå from an earlier proposal.
    const submit = async (m: string) =>
      (
        await ok(national, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
          i: { caseId: ids.otherCase, municipalityCode: m, housingType: 'PROTECTED_HOUSING', startDate: START, endDate: END },
        })
      ).submitProposal as { id: string; status: string };
    const placed = await submit(UMEA);
    expect(placed.status).toBe('CLEARED');
    ids.placement = (
      await ok(national, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: placed.id })
    ).confirmPlacement.id;
    const reserved = await submit(UMEA);
    ids.reservation = reserved.id;

    for (const [table, key] of [
      ['known_location', 'knownLocation'],
      ['personal_conflict', 'conflict'],
      ['threat_assessment', 'threat'],
      ['placement_assessment', 'assessment'],
      ['link_request', 'link'],
      ['consent', 'consent'],
      ['consent_signing', 'signing'],
      ['case_team_member', 'teamMember'],
      ['record_closure', 'closure'],
      ['case_transition', 'transition'],
    ] as const) {
      const where =
        table.endsWith('assessment') || table === 'consent' || table === 'case_team_member' || table === 'case_transition'
          ? `WHERE case_id = '${ids.sydCase}'`
          : table === 'consent_signing'
            ? `WHERE consent_id IN (SELECT id FROM consent WHERE case_id = '${ids.sydCase}')`
            : table === 'personal_conflict'
              ? `WHERE kind = 'THREAT'`
              : table === 'known_location'
                ? `WHERE valid_from = '2020-01-01'` // the open one
                : '';
      ids[key] = ((await db.query(`SELECT id FROM ${table} ${where} LIMIT 1`)).rows[0] as { id: string }).id;
    }
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('everything built above checks and reads without an error', async () => {
    await nextLoad();
    const answer = await check();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.checkDestination.cleared).toBe(false);
    expect((await readCase()).errors).toBeUndefined();
    expect((await readCase(ids.otherCase)).errors).toBeUndefined();
  });

  type Probe = () => Promise<Body>;
  /** [what, table, id, the change (SQL SET clause), the read that must refuse] */
  const tamperings: [string, string, () => string, string, Probe][] = [
    ['a network’s category', 'network', () => ids.north!, "category = 'OTHER'", () => check()],
    ['a presence’s confidence', 'network_presence', () => ids.presence!, "confidence = 'POSSIBLE'", () => check()],
    ['a presence’s valid_to set', 'network_presence', () => ids.presence!, "valid_to = '2020-06-01'", () => check()],
    [
      'a presence moved to another network',
      'network_presence',
      () => ids.presence!,
      'network_id = (SELECT n.id FROM network n WHERE n.id <> network_presence.network_id LIMIT 1)',
      () => check(),
    ],
    ['a rivalry turned alliance', 'network_relation', () => ids.relation!, "kind = 'ALLIED'", () => check()],
    ['a rivalry ended', 'network_relation', () => ids.relation!, "valid_to = '2020-02-01'", () => check()],
    ['a known location’s valid_to', 'known_location', () => ids.knownLocation!, "valid_to = '2020-02-01'", () => check()],
    [
      'a known location given to another person',
      'known_location',
      () => ids.knownLocation!,
      'person_id = (SELECT p.id FROM person p WHERE p.id <> known_location.person_id LIMIT 1)',
      () => check(),
    ],
    ['an affiliation’s confidence', 'affiliation', () => ids.affiliation!, "confidence = 'POSSIBLE'", () => check()],
    ['an affiliation’s role', 'affiliation', () => ids.affiliation!, "role = 'ASSOCIATE'", () => check()],
    ['an affiliation’s valid_to', 'affiliation', () => ids.affiliation!, "valid_to = '2018-02-01'", () => check()],
    ['an actual area’s confidence raised', 'actual_area', () => ids.actualArea!, "confidence = 'CONFIRMED'", () => check()],
    ['an actual area ended early', 'actual_area', () => ids.actualArea!, "valid_to = '2020-02-01'", () => check()],
    [
      'an actual area given to another person',
      'actual_area',
      () => ids.actualArea!,
      'person_id = (SELECT p.id FROM person p WHERE p.id <> actual_area.person_id LIMIT 1)',
      () => check(),
    ],
    ['a conflict’s kind', 'personal_conflict', () => ids.conflict!, "kind = 'WITNESS'", () => check()],
    // (a conflict's terms carry the conflict's id)
    [
      'a conflict’s keep-apart scope narrowed',
      'personal_conflict_terms',
      () => ids.conflict!,
      "scope = 'SAME_MUNICIPALITY'",
      () => check(),
    ],
    ['a conflict’s review date moved', 'personal_conflict_terms', () => ids.conflict!, "review_due = '2040-01-01'", () => check()],
    [
      'a closing moved onto an open known location',
      'record_closure',
      () => ids.closure!,
      'record_id = (SELECT kl.id FROM known_location kl WHERE NOT EXISTS (SELECT 1 FROM record_closure rc WHERE rc.record_id = kl.id) LIMIT 1)',
      () => check(),
    ],
    ['a surveillance hold set', 'person', () => ids.defector!, 'surveillance_hold = true', () => check()],
    ['a person’s registered region', 'person', () => ids.actor!, "registered_region = 'NORD'", () => readPerson()],
    ['a person’s kind', 'person', () => ids.relative!, "kind = 'OTHER'", () => check()],
    ['a case’s region', 'registry_case', () => ids.sydCase!, "region = 'NORD'", () => readCase()],
    ['a case’s status', 'registry_case', () => ids.sydCase!, "status = 'ABORTED'", () => check()],
    ['a case’s eligibility', 'registry_case', () => ids.sydCase!, 'motivated = false', () => check()],
    ['a threat assessment’s level', 'threat_assessment', () => ids.threat!, "level = 'LOW'", () => check()],
    ['a threat assessment’s relocation requirement', 'threat_assessment', () => ids.threat!, 'relocation_required = false', () => check()],
    ['a placement assessment’s distance', 'placement_assessment', () => ids.assessment!, 'min_distance_from_home_km = NULL', () => check()],
    ['a reservation withdrawn', 'proposal', () => ids.reservation!, "status = 'WITHDRAWN'", () => check(ids.sydCase, UMEA)],
    ['a reservation’s dates', 'proposal', () => ids.reservation!, 'end_date = start_date + 1', () => check(ids.sydCase, UMEA)],
    ['a placement ended', 'placement', () => ids.placement!, `ended_on = '${TODAY}', end_reason = 'OTHER'`, () => check(ids.sydCase, UMEA)],
    ['a placement’s end date', 'placement', () => ids.placement!, `end_date = '${START}'`, () => readCase(ids.otherCase)],
    ['a link request rejected', 'link_request', () => ids.link!, "status = 'REJECTED'", () => readCase()],
    ['a consent withdrawn', 'consent', () => ids.consent!, `withdrawn_on = '${TODAY}'`, () => check()],
    [
      'a consent given to another member',
      'consent',
      () => ids.consent!,
      'person_id = (SELECT p.id FROM person p WHERE p.id <> consent.person_id LIMIT 1)',
      () => check(),
    ],
    ['a consent’s review date moved', 'consent_signing', () => ids.signing!, 'review_due = review_due + 3650', () => check()],
    // the opener, on the team: its membership is what lets it read the case
    [
      'a team member’s role changed',
      'case_team_member',
      () => ids.teamMember!,
      "role = 'OTHER'",
      () => gql(syd, CHECK, { c: ids.sydCase, m: MALMO }),
    ],
    // the history decides the stage (docs/case-lifecycle.md)
    [
      'a case’s stage rewritten in its history',
      'case_transition',
      () => ids.transition!,
      "to_stage = 'CLOSED', kind = 'CLOSE', closure_reason = 'OTHER'",
      () => gql(national, 'query($id: ID!) { case(id: $id) { history { toStage } } }', { id: ids.sydCase }),
    ],
    ['a MAC nulled', 'affiliation', () => ids.affiliation!, 'row_mac = NULL', () => check()],
    [
      'a row MAC nulled with a changed value',
      'known_location',
      () => ids.knownLocation!,
      "row_mac = NULL, valid_to = '2020-02-01'",
      () => check(),
    ],
  ];

  it.each(tamperings)('%s', async (_what, table, id, change, probe) => {
    await db.query(`CREATE TEMP TABLE original AS SELECT * FROM ${table} WHERE id = $1`, [id()]);
    try {
      const changed = await db.query(`UPDATE ${table} SET ${change} WHERE id = $1`, [id()]);
      expect(changed.rowCount).toBe(1);
      await nextLoad();
      expect(errorCodeOf(await probe())).toBe('INTEGRITY_ERROR');
    } finally {
      // Put back every column, the MAC included: the row verifies again.
      const columns = (
        (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [table])).rows as {
          column_name: string;
        }[]
      ).map((c) => c.column_name);
      await db.query(`UPDATE ${table} t SET ${columns.map((c) => `${c} = o.${c}`).join(', ')} FROM original o WHERE t.id = o.id`);
      await db.query('DROP TABLE original');
    }
    await nextLoad();
    expect((await probe()).errors).toBeUndefined();
  });

  it('a household membership changed, another row’s values and MAC replayed, or ids swapped are refused too', async () => {
    const [member] = (await db.query('SELECT case_id, person_id, position FROM case_member WHERE person_id = $1', [ids.relative])).rows as {
      position: number;
    }[];
    await db.query("UPDATE case_member SET role = 'DEFECTOR' WHERE person_id = $1", [ids.relative]);
    await nextLoad();
    expect(errorCodeOf(await check())).toBe('INTEGRITY_ERROR');
    await db.query("UPDATE case_member SET role = 'RELATIVE', position = $2 WHERE person_id = $1", [ids.relative, member!.position]);

    // Replay: the other defector's affiliation (role, confidence, dates and its valid MAC) copied onto ours.
    await db.query('CREATE TEMP TABLE original AS SELECT * FROM affiliation WHERE id = $1', [ids.affiliation]);
    await db.query(
      `UPDATE affiliation a SET role = o.role, confidence = o.confidence, valid_from = o.valid_from, valid_to = o.valid_to, row_mac = o.row_mac
         FROM affiliation o WHERE a.id = $1 AND o.person_id = $2`,
      [ids.affiliation, ids.otherDefector],
    );
    await nextLoad();
    expect(errorCodeOf(await check())).toBe('INTEGRITY_ERROR');
    await db.query(
      `UPDATE affiliation a SET role = o.role, confidence = o.confidence, valid_from = o.valid_from, valid_to = o.valid_to, row_mac = o.row_mac
         FROM original o WHERE a.id = o.id`,
    );
    await db.query('DROP TABLE original');
    await nextLoad();
    expect((await check()).errors).toBeUndefined();

    // Swapped ids: our affiliation and the other defector's exchange ids (and so persons and networks).
    const [other] = (await db.query('SELECT id FROM affiliation WHERE person_id = $1', [ids.otherDefector])).rows as { id: string }[];
    const swap = async () => {
      const parked = '00000000-0000-4000-8000-000000000000';
      await db.query('UPDATE affiliation SET id = $2 WHERE id = $1', [ids.affiliation, parked]);
      await db.query('UPDATE affiliation SET id = $2 WHERE id = $1', [other!.id, ids.affiliation]);
      await db.query('UPDATE affiliation SET id = $2 WHERE id = $1', [parked, other!.id]);
    };
    await swap();
    await nextLoad();
    expect(errorCodeOf(await check())).toBe('INTEGRITY_ERROR');
    await swap();
    await nextLoad();
    expect((await check()).errors).toBeUndefined();
  });

  it('a write by the service to a tampered row is refused and stamps nothing (no laundering)', async () => {
    const [before] = (await db.query('SELECT status, row_mac FROM registry_case WHERE id = $1', [ids.otherCase])).rows as {
      status: string;
      row_mac: Buffer;
    }[];
    await db.query("UPDATE registry_case SET region = 'NORD' WHERE id = $1", [ids.otherCase]);
    // The API reads (and so verifies) a case before it writes to it: that read refuses.
    const close = await gql(national, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { id } }', { c: ids.otherCase });
    expect(errorCodeOf(close)).toBe('INTEGRITY_ERROR');
    // A write that did not read first is refused when it is stamped: the row's MAC before the write must hold.
    const uow = app.registry.app.get(UnitOfWork);
    await expect(
      uow.transaction((m) => m.query("UPDATE registry_case SET status = 'ABORTED' WHERE id = $1", [ids.otherCase])),
    ).rejects.toBeInstanceOf(IntegrityError);
    const [after] = (await db.query('SELECT region, status, row_mac FROM registry_case WHERE id = $1', [ids.otherCase])).rows as {
      region: string;
      status: string;
      row_mac: Buffer;
    }[];
    expect(after).toEqual({ region: 'NORD', status: before!.status, row_mac: before!.row_mac });
    expect(errorCodeOf(await readCase(ids.otherCase))).toBe('INTEGRITY_ERROR');
    await db.query("UPDATE registry_case SET region = 'STOCKHOLM' WHERE id = $1", [ids.otherCase]);
    expect((await readCase(ids.otherCase)).errors).toBeUndefined();
  });

  it('a missing MAC stays an error across a restart: the service stamps rows lacking one only before its marker exists', async () => {
    const [marker] = (await db.query('SELECT backfilled_mac IS NOT NULL AS present FROM row_mac_state')).rows as { present: boolean }[];
    expect(marker?.present).toBe(true);
    await db.query('UPDATE network_relation SET row_mac = NULL WHERE id = $1', [ids.relation]);
    const replica = await startReplica(app);
    try {
      await nextLoad();
      expect(errorCodeOf(await replica.graphql(national, CHECK, { c: ids.sydCase, m: MALMO }))).toBe('INTEGRITY_ERROR');
      const [row] = (await db.query('SELECT row_mac FROM network_relation WHERE id = $1', [ids.relation])).rows as {
        row_mac: Buffer | null;
      }[];
      expect(row?.row_mac).toBeNull();
    } finally {
      await replica.close();
    }
  });

  it('keys backfill-row-macs stamps rows written before row MACs (no marker yet), once, audited; a second run is refused', async () => {
    // As an upgraded database looks: no marker, and a row without a MAC (left so by the previous test).
    await db.query('UPDATE row_mac_state SET backfilled_mac = NULL, backfilled_at = NULL');
    const output = await keysCommand(['backfill-row-macs'], cliEnv(app));
    expect(output).toMatch(/stamped row MACs on 1 row \(network_relation 1\)/);
    await nextLoad();
    expect((await check()).errors).toBeUndefined();
    await expect(keysCommand(['backfill-row-macs'], cliEnv(app))).rejects.toThrow(/stamped once already/);
    const [event] = (await db.query(`SELECT actor FROM ${AUDIT_EVENT_ROWS} WHERE action = 'keys.backfillRowMacs'`)).rows as {
      actor: string;
    }[];
    expect(event?.actor).toBe('operator:key-custodian');
  });
});
