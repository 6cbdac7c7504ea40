import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { MIN_PRIVACY_AREA_SIZE, privacyAreaOf } from '@registry/geo';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };
type Ranked = { municipality: { code: string }; cleared: boolean; flags: { code: string; message: string }[] };

const FALUN = '2080'; // where the Stockholm household is placed
const SECRET_NAMES = ['Hemligrid', 'Dolksson'];
// Planning periods start today or later: a month from now, for half a year.
const START = addDays(todayInSweden(), 30);
const PERIOD = { startDate: START, endDate: addDays(START, 180) };

/**
 * The review's attacks on need-to-know, each as a regional officer would try it, and what national
 * coordination still sees. Another region's household must never be narrowed below its privacy area.
 */
describe('need-to-know: linked entities, cross-region conflicts and oracles', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  let stockholm: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH need-to-know test', variables })).body as Body;
  }
  const code = errorCodeOf;
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }
  const register = async (token: string, kind: string, givenName: string, familyName = 'Testperson', pnr?: string) =>
    (
      await ok(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind, givenName, familyName, ...(pnr ? { personalIdentityNumber: pnr } : {}) },
      })
    ).registerPerson.id as string;
  const RANK = `query($c: ID!) { rankDestinations(caseId: $c, limit: 290, startDate: "${PERIOD.startDate}", endDate: "${PERIOD.endDate}") { municipality { code } cleared flags { code message } } }`;
  const flaggedWith = async (token: string, caseId: string, flag: string): Promise<string[]> =>
    ((await ok(token, RANK, { c: caseId })).rankDestinations as Ranked[])
      .filter((r) => r.flags.some((f) => f.code === flag))
      .map((r) => r.municipality.code)
      .sort();

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '60000' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });

    const network = async (name: string) =>
      (
        await ok(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
        })
      ).createNetwork.id as string;
    ids.north = await network('Northside Testers');
    ids.south = await network('Southside Testers');
    await ok(national, 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }', {
      a: ids.north,
      b: ids.south,
    });
    const affiliate = (token: string, p: string, n: string) =>
      ok(
        token,
        'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
        {
          p,
          n,
        },
      );
    const openCase = async (token: string, region: string, home: string, defectorId: string) =>
      (
        await ok(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
          i: { region, homeMunicipalityCode: home, defectorId, eligibility: ELIGIBLE },
        })
      ).openCase.id as string;
    const assess = async (token: string, caseId: string) => {
      await ok(token, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
        c: caseId,
        i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      });
      await ok(token, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
        c: caseId,
        i: { unsuitable: [], assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      });
    };

    // Stockholm's household, placed in Falun; its defector a member of the rival network.
    ids.sthlmDefector = await register(stockholm, 'DEFECTOR', SECRET_NAMES[0]!, SECRET_NAMES[1]);
    await affiliate(stockholm, ids.sthlmDefector, ids.south);
    ids.sthlmCase = await openCase(stockholm, 'STOCKHOLM', '0180', ids.sthlmDefector);
    await assess(stockholm, ids.sthlmCase);
    const proposed = await ok(stockholm, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
      i: { caseId: ids.sthlmCase, municipalityCode: FALUN, housingType: 'PROTECTED_HOUSING', ...PERIOD },
    });
    expect(proposed.submitProposal.status).toBe('CLEARED');
    await ok(stockholm, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposed.submitProposal.id });

    // SYD's household, home Malmö, not affiliated with anything yet.
    ids.sydDefector = await register(syd, 'DEFECTOR', 'Sydlund');
    ids.sydCase = await openCase(syd, 'SYD', '1280', ids.sydDefector);
    await assess(syd, ids.sydCase);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('a person registered by another region and in no case is NOT_FOUND, and cannot be written to', async () => {
    const loner = await register(stockholm, 'THREAT_ACTOR', 'Ensamvarg');
    expect(code(await gql(syd, 'query($p: ID!) { person(id: $p) { id } }', { p: loner }))).toBe('NOT_FOUND');
    expect(
      code(
        await gql(
          syd,
          'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
          { p: loner, n: ids.north },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await gql(syd, 'mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "1280", validFrom: "2026-01-01") }', {
          p: loner,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await ok(stockholm, 'query($p: ID!) { person(id: $p) { givenName } }', { p: loner })).person.givenName).toBe('Ensamvarg');
  });

  it("naming another region's person as a threat actor shows nothing of them and answers as an unknown id does", async () => {
    const ASSESS =
      'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { threatAssessment { threatActors { id givenName familyName } } linkRequests { kind status otherPersonId otherPerson { id } } } }';
    const input = (actor: string) => ({
      level: 'HIGH',
      reach: 'REGIONAL',
      relocationRequired: true,
      threatActorIds: [actor],
      assessedOn: '2026-11-01',
      reviewDue: '2030-01-01',
    });
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const foreign = await gql(syd, ASSESS, { c: ids.sydCase, i: input(ids.sthlmDefector!) });
    const missing = await gql(syd, ASSESS, { c: ids.sydCase, i: input(unknown) });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data?.recordThreatAssessment.threatAssessment.threatActors).toEqual([]);
    // The same shape, the same statuses: only the id the caller named differs (the newest request comes first).
    const shape = (body: Body) =>
      JSON.stringify({ ...body.data?.recordThreatAssessment, linkRequests: body.data?.recordThreatAssessment.linkRequests[0] })
        .replaceAll(ids.sthlmDefector!, 'ID')
        .replaceAll(unknown, 'ID');
    expect(shape(missing)).toBe(shape(foreign));
    const requests = (missing.data?.recordThreatAssessment.linkRequests ?? []) as { status: string; otherPerson: unknown }[];
    expect(requests.every((r) => r.status === 'PENDING' && r.otherPerson === null)).toBe(true);
    const read = await ok(syd, 'query($c: ID!) { case(id: $c) { threatAssessment { threatActors { givenName } } } }', { c: ids.sydCase });
    expect(JSON.stringify(read)).not.toContain(SECRET_NAMES[0]);
    expect(JSON.stringify(foreign)).not.toContain(SECRET_NAMES[0]);
    // Until national coordination approves, the named person changes no verdict.
    expect(await flaggedWith(syd, ids.sydCase!, 'PERSONAL_CONFLICT')).toEqual([]);
  });

  it('a personal conflict with a person the caller cannot see waits for approval, then counts only by area for the region', async () => {
    const CONFLICT = 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }';
    expect((await ok(syd, CONFLICT, { p: ids.sydDefector, o: ids.sthlmDefector })).addPersonalConflict).toBe(true);
    expect((await ok(syd, CONFLICT, { p: ids.sydDefector, o: '00000000-0000-4000-8000-00000000beef' })).addPersonalConflict).toBe(true);
    expect(await flaggedWith(syd, ids.sydCase!, 'PERSONAL_CONFLICT')).toEqual([]);

    const pending = (await ok(national, '{ linkRequests(status: PENDING) { id kind otherPersonId otherPerson { givenName } } }'))
      .linkRequests as {
      id: string;
      kind: string;
      otherPersonId: string;
      otherPerson: { givenName: string } | null;
    }[];
    const real = pending.find((r) => r.kind === 'PERSONAL_CONFLICT' && r.otherPersonId === ids.sthlmDefector)!;
    expect(real.otherPerson?.givenName).toBe(SECRET_NAMES[0]);
    const nobody = pending.find((r) => r.otherPerson === null && r.kind === 'PERSONAL_CONFLICT')!;
    expect(
      code(await gql(national, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: nobody.id })),
    ).toBe('BAD_USER_INPUT');
    expect(code(await gql(syd, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: real.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await ok(national, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: real.id })).decideLinkRequest
        .status,
    ).toBe('APPROVED');

    const area = [...privacyAreaOf(FALUN)!.codes].sort();
    const regional = await flaggedWith(syd, ids.sydCase!, 'PERSONAL_CONFLICT');
    expect(regional).toEqual(area);
    expect(regional.length).toBeGreaterThanOrEqual(MIN_PRIVACY_AREA_SIZE);
    expect(await flaggedWith(national, ids.sydCase!, 'PERSONAL_CONFLICT')).toEqual([FALUN]);
  });

  it('co-placement and rival placement, even with self-made affiliations to every network, name an area of at least ten', async () => {
    const co = await flaggedWith(syd, ids.sydCase!, 'CO_PLACEMENT');
    expect(co).toEqual([...privacyAreaOf(FALUN)!.codes].sort());
    for (const network of [ids.north, ids.south]) {
      await ok(
        syd,
        'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
        {
          p: ids.sydDefector,
          n: network,
        },
      );
    }
    const rival = await flaggedWith(syd, ids.sydCase!, 'RIVAL_PLACEMENT');
    expect(rival).toEqual([...privacyAreaOf(FALUN)!.codes].sort());
    expect(await flaggedWith(national, ids.sydCase!, 'RIVAL_PLACEMENT')).toEqual([FALUN]);

    // checkDestination one municipality at a time: the true place answers as every other in its area.
    const CHECK = `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m, startDate: "${PERIOD.startDate}", endDate: "${PERIOD.endDate}") { cleared flags { code severity message } } }`;
    const answers = new Set<string>();
    for (const m of privacyAreaOf(FALUN)!.codes)
      answers.add(JSON.stringify((await ok(syd, CHECK, { c: ids.sydCase, m })).checkDestination.flags));
    expect(answers.size).toBe(1);
    const text = [...answers][0]!;
    expect(text).not.toMatch(/\b1 (other )?protected person/);
    expect(text).toContain('the exact place is not shown');
  });

  it("a proposal's status is judged in the case region's view, so submitting cannot tell the area's municipalities apart", async () => {
    const SUBMIT = 'mutation($i: ProposalInput!) { submitProposal(input: $i) { status check { flags { code } } } }';
    const statuses = new Set<string>();
    for (const m of privacyAreaOf(FALUN)!.codes.slice(0, 4)) {
      const body = await ok(syd, SUBMIT, { i: { caseId: ids.sydCase, municipalityCode: m, housingType: 'PROTECTED_HOUSING', ...PERIOD } });
      statuses.add(JSON.stringify(body.submitProposal));
    }
    expect(statuses.size).toBe(1);
    expect([...statuses][0]).toContain('NOT_CLEARED');
  });

  it('a duplicate identity number registered by a region that cannot see the first answers as a new registration, for national coordination to reconcile', async () => {
    const PNR = '19800101-0019';
    await register(stockholm, 'RELATIVE', 'Forsta', 'Posten', PNR);
    const fresh = await gql(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { kind givenName familyName } }', {
      i: { kind: 'RELATIVE', givenName: 'Andra', familyName: 'Posten', personalIdentityNumber: PNR },
    });
    const brandNew = await gql(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { kind givenName familyName } }', {
      i: { kind: 'RELATIVE', givenName: 'Andra', familyName: 'Posten', personalIdentityNumber: '19800202-0017' },
    });
    expect(fresh).toEqual(brandNew);
    const again = await gql(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'RELATIVE', givenName: 'Tredje', familyName: 'Posten', personalIdentityNumber: PNR },
    });
    expect(code(again)).toBe('BAD_USER_INPUT');
    const found = await ok(syd, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { givenName } }', { n: PNR });
    expect(found.personByIdentityNumber.givenName).toBe('Andra');
    const groups = (await ok(national, '{ duplicateRegistrations { givenName } }')).duplicateRegistrations as { givenName: string }[][];
    expect(groups.map((g) => g.map((p) => p.givenName))).toContainEqual(['Forsta', 'Andra']);
    expect(code(await gql(syd, '{ duplicateRegistrations { id } }'))).toBe('FORBIDDEN');
  });

  it('puts the foreign person named in a request into the audit log beside the operation', async () => {
    const events = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 100) { events { action actor resourceType } } }', {
        r: ids.sthlmDefector,
      })
    ).auditEvents.events as { action: string; actor: string; resourceType: string }[];
    expect(events.filter((e) => e.action === 'entity.linked' && e.actor === 'syd-officer').length).toBeGreaterThanOrEqual(2);
  });
});
