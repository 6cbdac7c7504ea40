import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';
import { wordsOf } from '../support/words.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type AuditEventView = { actor: string; scope: string | null; resourceType: string | null; resourceId: string | null; outcome: string };
type AnomalyView = {
  actor: string;
  kind: string;
  caseId: string | null;
  count: number;
  municipalityCode: string | null;
  actorCount: number | null;
};

const HOME = '1283'; // Helsingborg
const DESTINATION = '2480'; // Umeå
const ELSEWHERE = '0180'; // Stockholm
/** Destinations in Västerbotten and Norrbotten, far from the home municipality. */
const FAR = [
  '2401',
  '2403',
  '2404',
  '2409',
  '2417',
  '2418',
  '2421',
  '2422',
  '2425',
  '2460',
  '2462',
  '2463',
  '2480',
  '2481',
  '2482',
  '2505',
];

const DESTINATION_CLEARED =
  'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared checkedAt } }';
const CLEARANCE = 'query($r: String!) { clearance(reference: $r) { cleared } }';
const ANOMALIES = '{ auditAnomalies { actor kind caseId count threshold municipalityCode actorCount limit } }';

describe("municipal questions: limited per municipality, and opaque in the auditors' log", () => {
  let app: TestApp;
  let syd: string;
  let auditor: string;
  const municipal = (sub: string, code = HOME) => app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: code }, { sub });

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH municipal question test', variables })).body as Body;
  }
  const code = errorCodeOf;

  async function openCase(name: string): Promise<{ id: string; reference: string }> {
    const person = await gql(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'DEFECTOR', givenName: name, familyName: 'Testperson' },
    });
    const opened = await gql(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
      i: { region: 'SYD', homeMunicipalityCode: HOME, defectorId: person.data?.registerPerson.id, eligibility: ELIGIBLE },
    });
    expect(opened.errors).toBeUndefined();
    return opened.data?.openCase;
  }

  const ask = async (token: string, reference: string, destination: string) =>
    code(await gql(token, DESTINATION_CLEARED, { r: reference, m: destination }));
  const anomalies = async (): Promise<AnomalyView[]> => {
    const body = await gql(auditor, ANOMALIES);
    expect(body.errors).toBeUndefined();
    return body.data?.auditAnomalies;
  };

  beforeAll(async () => {
    app = await startTestApp();
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('two accounts of one municipality share ten destinations per case; a repeat is still answered', async () => {
    const theCase = await openCase('Aurelian');
    const first = await municipal('helsingborg-a');
    const second = await municipal('helsingborg-b');
    for (const destination of FAR.slice(0, 6)) expect(await ask(first, theCase.reference, destination)).toBeUndefined();
    for (const destination of FAR.slice(6, 10)) expect(await ask(second, theCase.reference, destination)).toBeUndefined();
    // Ten distinct destinations asked by the municipality: the eleventh is refused, whichever account asks.
    expect(await ask(second, theCase.reference, FAR[10] as string)).toBe('RATE_LIMITED');
    expect(await ask(first, theCase.reference, FAR[11] as string)).toBe('RATE_LIMITED');
    expect(await ask(await municipal('helsingborg-c'), theCase.reference, FAR[12] as string)).toBe('RATE_LIMITED');
    // A destination one account asked about is answered for the other too.
    expect(await ask(second, theCase.reference, FAR[0] as string)).toBeUndefined();
    // Another municipality's limit is its own (and it may not ask about this case at all).
    expect(await ask(await municipal('stockholm-a', ELSEWHERE), theCase.reference, FAR[0] as string)).toBe('NOT_FOUND');

    // Auditors see every account of the municipality over its limit, and never which case or destinations.
    // The window reported ends with the thirteenth distinct destination, before the repeat.
    const found = (await anomalies()).filter((a) => a.kind === 'MUNICIPAL_DESTINATIONS_PER_CASE' && a.actor.startsWith('helsingborg-'));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'helsingborg-a', municipalityCode: HOME, count: 13, actorCount: 7 }),
        expect.objectContaining({ actor: 'helsingborg-b', municipalityCode: HOME, count: 13, actorCount: 5 }),
        expect.objectContaining({ actor: 'helsingborg-c', municipalityCode: HOME, count: 13, actorCount: 1 }),
      ]),
    );
    expect(found[0]?.caseId).toMatch(/^[0-9a-f]{32}$/);
    const said = JSON.stringify(found);
    for (const secret of [theCase.id, theCase.reference]) expect(said).not.toContain(secret);
    // A destination would be a value of its own. Compared as a substring, the case's random hex pseudonym held
    // one of the thirteen four-digit codes in about one run of 170 ("…fe42425ad…" held 2425).
    const words = wordsOf(said);
    for (const code of FAR.slice(0, 13)) expect(words.has(code)).toBe(false);
  });

  it('accounts asking at the same moment cannot race past the limit', async () => {
    const theCase = await openCase('Bellamy');
    const accounts = await Promise.all(['malmo-race-a', 'malmo-race-b', 'malmo-race-c', 'malmo-race-d'].map((sub) => municipal(sub)));
    const codes = await Promise.all(
      FAR.map((destination, i) => ask(accounts[i % accounts.length] as string, theCase.reference, destination)),
    );
    expect(codes.filter((c) => c === undefined)).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(FAR.length - 10);
  });

  it('auditors hear of a municipality at 8 of its 10 destinations for a case, before it is refused', async () => {
    const theCase = await openCase('Cordelia');
    const account = await municipal('helsingborg-planner');
    const nearing = async () => (await anomalies()).filter((a) => a.actor === 'helsingborg-planner');
    for (const destination of FAR.slice(0, 7)) expect(await ask(account, theCase.reference, destination)).toBeUndefined();
    // Seven distinct, each asked twice: nothing yet.
    for (const destination of FAR.slice(0, 7)) expect(await ask(account, theCase.reference, destination)).toBeUndefined();
    expect(await nearing()).toEqual([]);
    expect(await ask(account, theCase.reference, FAR[7] as string)).toBeUndefined();
    expect(await nearing()).toEqual([
      expect.objectContaining({
        kind: 'MUNICIPAL_DESTINATIONS_PER_CASE',
        municipalityCode: HOME,
        count: 8,
        threshold: 8,
        actorCount: 8,
        limit: 10,
      }),
    ]);
  });

  it("a municipality's clearance and destinationCleared events name neither the proposal, the case nor its reference", async () => {
    const theCase = await openCase('Desmond');
    const start = addDays(todayInSweden(), 30);
    const submitted = await gql(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
      i: {
        caseId: theCase.id,
        municipalityCode: DESTINATION,
        housingType: 'PROTECTED_HOUSING',
        startDate: start,
        endDate: addDays(start, 180),
      },
    });
    expect(submitted.data?.submitProposal.status).toBe('CLEARED');
    const proposalId = submitted.data?.submitProposal.id as string;
    const reference = submitted.data?.submitProposal.clearanceReference as string;

    const destination = await municipal('umea-caseworker', DESTINATION);
    const home = await municipal('helsingborg-caseworker');
    const other = await municipal('stockholm-caseworker', ELSEWHERE);
    expect((await gql(destination, CLEARANCE, { r: reference })).data?.clearance.cleared).toBe(true);
    expect((await gql(destination, CLEARANCE, { r: reference })).data?.clearance.cleared).toBe(true);
    expect((await gql(home, CLEARANCE, { r: reference })).data?.clearance.cleared).toBe(true);
    expect(code(await gql(other, CLEARANCE, { r: reference }))).toBe('NOT_FOUND');
    expect(await ask(home, theCase.reference, DESTINATION)).toBeUndefined();
    expect(await ask(home, theCase.reference, DESTINATION)).toBeUndefined();

    const events = async (action: string, actor: string): Promise<AuditEventView[]> => {
      const body = await gql(
        auditor,
        'query($a: String!, $who: String!) { auditEvents(action: $a, actor: $who) { events { actor scope resourceType resourceId outcome } } }',
        { a: action, who: actor },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.auditEvents.events;
    };
    const asDestination = await events('clearance', 'umea-caseworker');
    const asHome = await events('clearance', 'helsingborg-caseworker');
    const refused = await events('clearance', 'stockholm-caseworker');
    const probes = await events('destinationCleared', 'helsingborg-caseworker');
    expect(asDestination.map((e) => e.outcome)).toEqual(['ok', 'ok']);
    expect(refused).toEqual([expect.objectContaining({ outcome: 'denied', scope: ELSEWHERE, resourceType: 'municipal.clearance' })]);
    expect(probes.map((e) => e.outcome)).toEqual(['ok', 'ok']);

    const logged = [...asDestination, ...asHome, ...refused, ...probes];
    const said = JSON.stringify(logged);
    for (const secret of [proposalId, theCase.id, theCase.reference, reference]) expect(said).not.toContain(secret);
    // Opaque, yet the same question twice is the same id; another municipality's question about it is not.
    expect(asDestination[0]?.resourceId).toMatch(/^[0-9a-f]{32}$/);
    expect(asDestination[1]?.resourceId).toBe(asDestination[0]?.resourceId);
    expect(new Set([asDestination[0]?.resourceId, asHome[0]?.resourceId, refused[0]?.resourceId]).size).toBe(3);
    expect(probes[0]).toMatchObject({ resourceType: 'municipal.destination', scope: HOME });
    expect(probes[0]?.resourceId).toMatch(/^[0-9a-f]{32}\/[0-9a-f]{32}$/);
    expect(probes[1]?.resourceId).toBe(probes[0]?.resourceId);
    // The officers' events about this case carry its id; none of the municipal ids matches any of them.
    const officers = await events('submitProposal', 'syd-officer');
    const officerIds = new Set(officers.map((e) => e.resourceId));
    for (const part of logged.flatMap((e) => (e.resourceId ?? '').split('/'))) expect(officerIds.has(part)).toBe(false);
  });
});
