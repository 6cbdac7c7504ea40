import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type FlagView = { code: string; severity: string; message: string };

const FAR_FROM_SKANE = '2480'; // Umeå
const MALMO = '1280';
const VELLINGE = '1233'; // borders Malmö
const PROBE_NAMES = ['Ottoline', 'Brackenshaw', 'Peregrine', 'Fulvestre'];
// Periods start today or later, so the test's period moves with the calendar.
const TODAY = todayInSweden();
const START = addDays(TODAY, 30);
const END = addDays(START, 180);

describe('the checker end to end: checks, ranking, proposals, placements, clearances, alerts', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  let stockholm: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH placement test', variables })).body as Body;
  }
  const code = errorCodeOf;
  const flagCodes = (flags: FlagView[]) => flags.map((f) => f.code).sort();

  async function person(token: string, givenName: string): Promise<string> {
    const body = await gql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'DEFECTOR', givenName, familyName: 'Testperson' },
    });
    expect(body.errors).toBeUndefined();
    return body.data?.registerPerson.id;
  }

  async function openCase(token: string, region: string, home: string, defectorId: string): Promise<{ id: string; reference: string }> {
    const body = await gql(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
      i: { region, homeMunicipalityCode: home, defectorId, eligibility: ELIGIBLE },
    });
    expect(body.errors).toBeUndefined();
    return body.data?.openCase;
  }

  async function assess(token: string, caseId: string): Promise<void> {
    const threat = await gql(
      token,
      'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }',
      {
        c: caseId,
        i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      },
    );
    expect(threat.errors).toBeUndefined();
    const placement = await gql(
      token,
      'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }',
      {
        c: caseId,
        i: { unsuitable: [], assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      },
    );
    expect(placement.errors).toBeUndefined();
  }

  const CHECK = `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m, startDate: "${START}", endDate: "${END}") { municipality { code } cleared flags { code severity message } checkedAt } }`;
  const SUBMIT =
    'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference check { cleared flags { code severity message } } } }';
  const proposal = (caseId: string, municipalityCode: string) => ({
    i: { caseId, municipalityCode, housingType: 'PROTECTED_HOUSING', startDate: START, endDate: END },
  });

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });

    const network = async (name: string, reach: string) =>
      (
        await gql(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach },
        })
      ).data?.createNetwork.id;
    ids.north = await network('Northside Testers', 'REGIONAL');
    ids.south = await network('Southside Testers', 'REGIONAL');
    await gql(national, 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }', {
      a: ids.north,
      b: ids.south,
    });
    await gql(
      national,
      'mutation($n: ID!, $m: String!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
      {
        n: ids.south,
        m: MALMO,
      },
    );

    ids.sydDefector = await person(syd, PROBE_NAMES[0] as string);
    ids.sthlmDefector = await person(stockholm, PROBE_NAMES[1] as string);
    const affiliate = (token: string, p: string, n: string, role: string) =>
      gql(
        token,
        `mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: ${role}, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }`,
        { p, n },
      );
    await affiliate(syd, ids.sydDefector, ids.north, 'FORMER_MEMBER');
    await affiliate(stockholm, ids.sthlmDefector, ids.south, 'MEMBER');

    const sydCase = await openCase(syd, 'SYD', '1283', ids.sydDefector);
    ids.sydCase = sydCase.id;
    ids.sydReference = sydCase.reference;
    const sthlmCase = await openCase(stockholm, 'STOCKHOLM', '0180', ids.sthlmDefector);
    ids.sthlmCase = sthlmCase.id;
    await assess(syd, ids.sydCase);
    await assess(stockholm, ids.sthlmCase);
  });
  afterAll(async () => {
    await app.close();
  });

  it('checkDestination flags a rival network present in the destination, and nearby as a warning', async () => {
    const malmo = await gql(syd, CHECK, { c: ids.sydCase, m: MALMO });
    expect(malmo.errors).toBeUndefined();
    expect(malmo.data?.checkDestination.cleared).toBe(false);
    expect(flagCodes(malmo.data?.checkDestination.flags)).toContain('RIVAL_NETWORK_PRESENCE');
    const vellinge = await gql(syd, CHECK, { c: ids.sydCase, m: VELLINGE });
    const vellingeFlags = vellinge.data?.checkDestination.flags as FlagView[];
    expect(vellingeFlags.find((f) => f.code === 'RIVAL_NETWORK_NEARBY')?.severity).toBe('WARN');
    expect(flagCodes(vellingeFlags)).not.toContain('RIVAL_NETWORK_PRESENCE');
    const far = await gql(syd, CHECK, { c: ids.sydCase, m: FAR_FROM_SKANE });
    expect(far.data?.checkDestination).toMatchObject({ municipality: { code: FAR_FROM_SKANE }, cleared: true, flags: [] });
  });

  it('checkDestination refuses an unknown municipality, a reversed period, another region and a municipality token', async () => {
    expect(code(await gql(syd, CHECK, { c: ids.sydCase, m: '9999' }))).toBe('BAD_USER_INPUT');
    const reversed = await gql(
      syd,
      'query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "2480", startDate: "2027-06-01", endDate: "2027-01-01") { cleared } }',
      { c: ids.sydCase },
    );
    expect(code(reversed)).toBe('BAD_USER_INPUT');
    expect(code(await gql(stockholm, CHECK, { c: ids.sydCase, m: FAR_FROM_SKANE }))).toBe('NOT_FOUND');
    const municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' });
    expect(code(await gql(municipality, CHECK, { c: ids.sydCase, m: FAR_FROM_SKANE }))).toBe('FORBIDDEN');
  });

  it('a proposal starts today or later, within a year, and lasts at most three years; a refused one stores nothing', async () => {
    const proposals = async () =>
      (await gql(syd, 'query($c: ID!) { case(id: $c) { proposals { id } } }', { c: ids.sydCase })).data?.case.proposals.length;
    const before = await proposals();
    const submit = (startDate: string, endDate: string) =>
      gql(syd, SUBMIT, {
        i: { caseId: ids.sydCase, municipalityCode: FAR_FROM_SKANE, housingType: 'PROTECTED_HOUSING', startDate, endDate },
      });
    const refusals: [string, string, RegExp][] = [
      [addDays(TODAY, -1), addDays(TODAY, 180), /startDate is in the past/],
      ['2020-01-01', '2020-06-30', /startDate is in the past/],
      [START, addDays(START, 3 * 365 + 2), /longer than 1096 days/],
      [addDays(TODAY, 367), addDays(TODAY, 500), /more than 366 days ahead/],
      ['9999-01-01', '9999-06-30', /years 1900 to 2100/],
      [END, START, /endDate is before startDate/],
    ];
    for (const [startDate, endDate, message] of refusals) {
      const body = await submit(startDate, endDate);
      expect({ startDate, code: code(body) }).toEqual({ startDate, code: 'BAD_USER_INPUT' });
      expect(body.errors?.[0]?.message).toMatch(message);
      // The message names the rule, never the date given.
      for (const date of [startDate, endDate]) expect(body.errors?.[0]?.message).not.toContain(date);
    }
    expect(await proposals()).toBe(before);
  });

  it('checkDestination and rankDestinations ask about periods under the same rule', async () => {
    const check = (s: string, e: string) =>
      gql(
        syd,
        'query($c: ID!, $s: Date, $e: Date) { checkDestination(caseId: $c, municipalityCode: "2480", startDate: $s, endDate: $e) { cleared } }',
        {
          c: ids.sydCase,
          s,
          e,
        },
      );
    const rank = (s: string, e: string) =>
      gql(syd, 'query($c: ID!, $s: Date, $e: Date) { rankDestinations(caseId: $c, startDate: $s, endDate: $e, limit: 1) { cleared } }', {
        c: ids.sydCase,
        s,
        e,
      });
    // The longest allowed: today, three years on.
    expect((await check(TODAY, addDays(TODAY, 3 * 365 + 1))).errors).toBeUndefined();
    for (const ask of [check, rank]) {
      expect(code(await ask(addDays(TODAY, -30), addDays(TODAY, 30)))).toBe('BAD_USER_INPUT');
      expect(code(await ask(TODAY, addDays(TODAY, 3 * 365 + 2)))).toBe('BAD_USER_INPUT');
      expect(code(await ask('9999-01-01', '9999-12-31'))).toBe('BAD_USER_INPUT');
      expect(code(await ask(addDays(TODAY, 400), addDays(TODAY, 500)))).toBe('BAD_USER_INPUT');
    }
  });

  it('rankDestinations answers for the whole country, cleared first', async () => {
    const body = await gql(
      syd,
      'query($c: ID!) { rankDestinations(caseId: $c, limit: 290) { municipality { code } cleared flags { severity } } }',
      { c: ids.sydCase },
    );
    const ranked = body.data?.rankDestinations as { municipality: { code: string }; cleared: boolean; flags: { severity: string }[] }[];
    expect(ranked).toHaveLength(290);
    const firstBlocked = ranked.findIndex((r) => !r.cleared);
    expect(firstBlocked).toBeGreaterThan(0);
    expect(ranked.slice(firstBlocked).every((r) => !r.cleared)).toBe(true);
    expect(ranked.find((r) => r.municipality.code === MALMO)?.cleared).toBe(false);
    const top = await gql(syd, 'query($c: ID!) { rankDestinations(caseId: $c) { cleared } }', { c: ids.sydCase });
    expect(top.data?.rankDestinations).toHaveLength(20);
    expect(code(await gql(syd, 'query($c: ID!) { rankDestinations(caseId: $c, limit: 0) { cleared } }', { c: ids.sydCase }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('the decrypted national facts are cached per facts version, and a write makes them stale', async () => {
    const { FactsLoader } = await import('../../apps/registry-api/src/checking/facts.loader.js');
    const loader = app.registry.app.get(FactsLoader);
    const first = await loader.national('2026-11-23');
    expect(await loader.national('2026-11-23')).toBe(first);
    await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "0114", confidence: POSSIBLE, validFrom: "2020-01-01") { id } }',
      { n: ids.north },
    );
    const after = await loader.national('2026-11-23');
    expect(after).not.toBe(first);
    expect(after.presencesByNetwork.get(ids.north as string)?.map((p) => p.municipalityCode)).toContain('0114');
  });

  it('a cleared proposal reserves the destination: a rival household is then blocked there, and sees no one', async () => {
    const first = await gql(syd, SUBMIT, proposal(ids.sydCase, FAR_FROM_SKANE));
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitProposal.status).toBe('CLEARED');
    expect(first.data?.submitProposal.clearanceReference).toMatch(/^CLR-[A-Za-z0-9_-]{22}$/);
    ids.sydProposal = first.data?.submitProposal.id;
    ids.clearance = first.data?.submitProposal.clearanceReference;

    const rival = await gql(stockholm, SUBMIT, proposal(ids.sthlmCase, FAR_FROM_SKANE));
    const result = rival.data?.submitProposal;
    expect(result.status).toBe('NOT_CLEARED');
    expect(result.clearanceReference).toBeNull();
    const rivalFlag = (result.check.flags as FlagView[]).find((f) => f.code === 'RIVAL_PLACEMENT');
    expect(rivalFlag?.severity).toBe('BLOCK');
    // Stockholm learns that a conflict exists, never with whom, which case or region's details.
    const said = JSON.stringify(result);
    for (const secret of [ids.sydCase, ids.sydDefector, ids.sydReference, PROBE_NAMES[0], 'Northside']) expect(said).not.toContain(secret);
    expect(rivalFlag?.message).toMatch(/another region/);
    ids.sthlmProposal = result.id;
  });

  it('two rival households proposed into one municipality at the same moment do not both clear', async () => {
    const destination = '0380'; // Uppsala
    const [a, b] = await Promise.all([
      gql(syd, SUBMIT, proposal(ids.sydCase, destination)),
      gql(stockholm, SUBMIT, proposal(ids.sthlmCase, destination)),
    ]);
    const statuses = [a.data?.submitProposal.status, b.data?.submitProposal.status].sort();
    expect(statuses).toEqual(['CLEARED', 'NOT_CLEARED']);
    for (const body of [a, b])
      await gql(national, 'mutation($p: ID!) { withdrawProposal(proposalId: $p) { status } }', { p: body.data?.submitProposal.id });
  });

  it('override: national only, with a justification of at least 20 characters', async () => {
    const query = 'mutation($p: ID!, $j: String!) { overrideProposal(proposalId: $p, justification: $j) { status clearanceReference } }';
    expect(code(await gql(stockholm, query, { p: ids.sthlmProposal, j: 'A long enough justification text' }))).toBe('FORBIDDEN');
    expect(code(await gql(national, query, { p: ids.sthlmProposal, j: 'too short' }))).toBe('BAD_USER_INPUT');
    const overridden = await gql(national, query, {
      p: ids.sthlmProposal,
      j: 'Both households vetted; separate districts agreed with NOA.',
    });
    expect(overridden.data?.overrideProposal.status).toBe('OVERRIDDEN');
    expect(overridden.data?.overrideProposal.clearanceReference).toMatch(/^CLR-/);
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    const logged = await gql(
      auditor,
      '{ auditEvents(action: "proposal.override") { events { actor resourceType resourceId outcome purpose } } }',
    );
    expect(logged.data?.auditEvents.events).toEqual([
      { actor: 'noa-officer', resourceType: 'proposal', resourceId: ids.sthlmProposal, outcome: 'ok', purpose: 'AVH placement test' },
    ]);
    expect(code(await gql(national, query, { p: ids.sthlmProposal, j: 'Both households vetted; separate districts.' }))).toBe(
      'BAD_USER_INPUT',
    );
    await gql(national, 'mutation($p: ID!) { withdrawProposal(proposalId: $p) { status } }', { p: ids.sthlmProposal });
  });

  it('municipalities learn cleared or not, only for the destination or the home municipality', async () => {
    const query =
      'query($r: String!) { clearance(reference: $r) { reference municipality { code } cleared housingType startDate validUntil } }';
    const destination = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: FAR_FROM_SKANE });
    const home = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' });
    const other = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '0180' });
    const answer = await gql(destination, query, { r: ids.clearance });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.clearance).toEqual({
      reference: ids.clearance,
      municipality: { code: FAR_FROM_SKANE },
      cleared: true,
      housingType: 'PROTECTED_HOUSING',
      startDate: START,
      validUntil: END,
    });
    expect((await gql(home, query, { r: ids.clearance })).data?.clearance.cleared).toBe(true);
    const refused = await gql(other, query, { r: ids.clearance });
    const unknown = await gql(other, query, { r: 'CLR-doesnotexistdoesnotexi' });
    expect(code(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(code(await gql(syd, query, { r: ids.clearance }))).toBe('FORBIDDEN');
    expect(code(await gql(await app.idp.sign({ roles: ['AUDITOR'] }), query, { r: ids.clearance }))).toBe('FORBIDDEN');
  });

  it('destinationCleared: the home municipality only, and probing many destinations is RATE_LIMITED', async () => {
    const query = 'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared checkedAt } }';
    const home = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' }, { sub: 'helsingborg-caseworker' });
    const other = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '0180' });
    const malmoAnswer = await gql(home, query, { r: ids.sydReference, m: MALMO });
    expect(malmoAnswer.errors).toBeUndefined();
    expect(malmoAnswer.data?.destinationCleared.cleared).toBe(false);
    expect((await gql(home, query, { r: ids.sydReference, m: '2418' })).data?.destinationCleared.cleared).toBe(true);
    expect(code(await gql(other, query, { r: ids.sydReference, m: MALMO }))).toBe('NOT_FOUND');
    expect(code(await gql(syd, query, { r: ids.sydReference, m: MALMO }))).toBe('FORBIDDEN');
    const codes = ['2401', '2403', '2404', '2409', '2417', '2421', '2422', '2425'];
    for (const m of codes) expect(code(await gql(home, query, { r: ids.sydReference, m }))).toBeUndefined();
    // Ten distinct destinations asked; the eleventh is refused, asking again about a known one is not.
    expect(code(await gql(home, query, { r: ids.sydReference, m: '2460' }))).toBe('RATE_LIMITED');
    expect(code(await gql(home, query, { r: ids.sydReference, m: MALMO }))).toBeUndefined();

    // Auditors see the probing: one municipal actor, one case (as an opaque token), more destinations than allowed.
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    const anomalies = await gql(auditor, '{ auditAnomalies { actor kind caseId count threshold municipalityCode } }');
    expect(anomalies.errors).toBeUndefined();
    const opaqueCase = expect.stringMatching(/^[0-9a-f]{32}$/);
    expect(anomalies.data?.auditAnomalies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'helsingborg-caseworker',
          kind: 'DESTINATIONS_PER_CASE',
          caseId: opaqueCase,
          count: 11,
          threshold: 10,
        }),
        expect.objectContaining({
          actor: 'helsingborg-caseworker',
          kind: 'MUNICIPAL_DESTINATIONS_PER_CASE',
          caseId: opaqueCase,
          count: 11,
          municipalityCode: '1283',
        }),
      ]),
    );
    const events = await gql(
      auditor,
      '{ auditEvents(action: "destinationCleared", first: 500) { events { outcome resourceType resourceId } } }',
    );
    const probes = events.data?.auditEvents.events as { outcome: string; resourceType: string; resourceId: string }[];
    expect(probes.some((e) => e.outcome === 'denied')).toBe(true);
    // Neither the destination nor the case is in the log in the clear: two keyed tokens name the question.
    const questions = probes.filter((p) => p.resourceType === 'municipal.destination');
    expect(questions.length).toBeGreaterThan(10);
    for (const e of questions) expect(e.resourceId).toMatch(/^[0-9a-f]{32}\/[0-9a-f]{32}$/);
    expect(JSON.stringify([anomalies.data, probes])).not.toContain(ids.sydCase);
  });

  it('confirmPlacement places a cleared proposal; the case becomes ACTIVE and lists it', async () => {
    const placed = await gql(
      syd,
      'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id municipality { code } startDate endDate endedOn } }',
      { p: ids.sydProposal },
    );
    expect(placed.errors).toBeUndefined();
    expect(placed.data?.confirmPlacement).toMatchObject({ municipality: { code: FAR_FROM_SKANE }, startDate: START, endedOn: null });
    ids.placement = placed.data?.confirmPlacement.id;
    const again = await gql(syd, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: ids.sydProposal });
    expect(code(again)).toBe('BAD_USER_INPUT');
    const c = await gql(syd, 'query($c: ID!) { case(id: $c) { status proposals { status } placements { id } } }', { c: ids.sydCase });
    expect(c.data?.case.status).toBe('ACTIVE');
    expect(c.data?.case.placements).toEqual([{ id: ids.placement }]);
    expect(c.data?.case.proposals.map((p: { status: string }) => p.status)).toContain('PLACED');
  });

  it('a new rival presence at an active placement raises one alert for its region and national coordination', async () => {
    const presence = await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "2480", confidence: PROBABLE, validFrom: "2026-12-01") { id } }',
      {
        n: ids.south,
      },
    );
    expect(presence.errors).toBeUndefined();
    let alerts: { id: string; flags: FlagView[]; acknowledged: boolean; placement: { id: string } }[] = [];
    for (let i = 0; i < 50 && alerts.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      alerts = (await gql(syd, '{ alerts { id acknowledged flags { code severity } placement { id } } }')).data?.alerts ?? [];
    }
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.placement.id).toBe(ids.placement);
    expect(alerts[0]?.flags.map((f) => f.code)).toContain('RIVAL_NETWORK_PRESENCE');
    expect((await gql(national, '{ alerts(acknowledged: false) { id } }')).data?.alerts).toHaveLength(1);
    expect((await gql(stockholm, '{ alerts { id } }')).data?.alerts).toEqual([]);

    // Another change re-checks again but raises no second open alert.
    await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "2480", confidence: POSSIBLE, validFrom: "2026-12-05") { id } }',
      { n: ids.south },
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await gql(syd, '{ alerts { id } }')).data?.alerts).toHaveLength(1);

    // The municipality's clearance now answers the verdict of today: no longer cleared.
    const destination = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: FAR_FROM_SKANE });
    expect(
      (await gql(destination, 'query($r: String!) { clearance(reference: $r) { cleared } }', { r: ids.clearance })).data?.clearance.cleared,
    ).toBe(false);

    const acknowledged = await gql(syd, 'mutation($a: ID!) { acknowledgeAlert(id: $a) { acknowledged } }', { a: alerts[0]?.id });
    expect(acknowledged.data?.acknowledgeAlert.acknowledged).toBe(true);
    expect((await gql(syd, '{ alerts(acknowledged: false) { id } }')).data?.alerts).toEqual([]);
  });

  it('a new placement assessment is seen by the very next check (household facts are versioned too)', async () => {
    const before = await gql(syd, CHECK, { c: ids.sydCase, m: '2418' });
    expect(flagCodes(before.data?.checkDestination.flags)).not.toContain('ASSESSMENT_UNSUITABLE');
    await gql(syd, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: ids.sydCase,
      i: { unsuitable: [{ municipalityCode: '2418', reason: 'OTHER' }], assessedOn: '2026-11-20', reviewDue: '2030-01-01' },
    });
    const after = await gql(syd, CHECK, { c: ids.sydCase, m: '2418' });
    expect(after.data?.checkDestination.cleared).toBe(false);
    expect(flagCodes(after.data?.checkDestination.flags)).toContain('ASSESSMENT_UNSUITABLE');
  });

  it('endPlacement ends it once', async () => {
    const endedOn = addDays(START, 60);
    const ended = await gql(
      syd,
      'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: MOVED) { endedOn endReason } }',
      { p: ids.placement, d: endedOn },
    );
    expect(ended.data?.endPlacement).toEqual({ endedOn, endReason: 'MOVED' });
    expect(
      code(
        await gql(syd, 'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: MOVED) { endedOn } }', {
          p: ids.placement,
          d: addDays(endedOn, 1),
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await gql(stockholm, 'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: MOVED) { endedOn } }', {
          p: ids.placement,
          d: addDays(endedOn, 1),
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
