import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { ExpiredBudgetSweeper } from '../../apps/registry-api/src/throttling/expired-budget.sweeper.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';
import { createAuditTestWorld, type AuditTestApp, type AuditTestWorld } from './audit-support.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type FlagView = { code: string; severity: string };

/** Each subject's budget per minute, for the whole deployment. */
const RATE_LIMIT = 30;
const HOME_SYD = '1283'; // Helsingborg
const HOME_STOCKHOLM = '0180';
const MALMO = '1280';
/** Far from both homes and from Malmö, in privacy areas of their own: each clears for either case alone. */
const RACE_DESTINATIONS = ['2480', '2580', '2380']; // Umeå, Luleå, Östersund
const LATE_PRESENCE = '2584'; // Kiruna
/** Destinations a municipality asks about, none of them used above. */
const PROBED = ['2401', '2403', '2404', '2409', '2417', '2418', '2421', '2422', '2425', '2460', '2462'];
const TODAY = todayInSweden();
const START = addDays(TODAY, 30);
const END = addDays(START, 180);

const CHECK = `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m, startDate: "${START}", endDate: "${END}") { cleared flags { code severity } } }`;
const SUBMIT = 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }';
const WITHDRAW = 'mutation($p: ID!) { withdrawProposal(proposalId: $p) { status } }';
const CHEAP = '{ municipality(code: "0180") { code } }';

/**
 * Two service instances on one PostgreSQL, as replicas behind a load balancer run: what one does, the
 * other sees and respects, and the limits are the deployment's, not each instance's.
 */
describe('two service instances on one database', () => {
  let world: AuditTestWorld;
  let first: AuditTestApp;
  let second: AuditTestApp;
  let national: string;
  let syd: string;
  let stockholm: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  async function gql(app: AuditTestApp, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH two-instance test', variables })).body as Body;
  }
  async function ok(app: AuditTestApp, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    const body = await gql(app, token, query, variables);
    expect(body.errors).toBeUndefined();
    return body;
  }
  const proposal = (caseId: string, municipalityCode: string) => ({
    i: { caseId, municipalityCode, housingType: 'PROTECTED_HOUSING', startDate: START, endDate: END },
  });

  async function household(app: AuditTestApp, token: string, region: string, home: string, networkId: string, role: string) {
    const person = await ok(app, token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'DEFECTOR', givenName: `Twin${region}`, familyName: 'Testperson' },
    });
    const personId = person.data?.registerPerson.id as string;
    await ok(
      app,
      token,
      `mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: ${role}, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }`,
      { p: personId, n: networkId },
    );
    const opened = await ok(app, token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
      i: { region, homeMunicipalityCode: home, defectorId: personId, eligibility: ELIGIBLE },
    });
    const caseId = opened.data?.openCase.id as string;
    await ok(app, token, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    });
    await ok(app, token, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { unsuitable: [], assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    });
    return { caseId, reference: opened.data?.openCase.reference as string };
  }

  beforeAll(async () => {
    world = await createAuditTestWorld();
    const settings = { RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), RECHECK_INTERVAL_MS: '60000' };
    first = await world.start(settings);
    second = await world.start(settings);
    national = await world.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'twin-noa' });
    syd = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'twin-syd' });
    stockholm = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'twin-sthlm' });
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'twin-auditor' });

    // Two rival networks, and a household of each: facts written half on one instance, half on the other.
    const network = async (app: AuditTestApp, name: string) =>
      (
        await ok(app, national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
        })
      ).data?.createNetwork.id as string;
    ids.north = await network(first, 'Twin North');
    ids.south = await network(second, 'Twin South');
    await ok(
      first,
      national,
      'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }',
      {
        a: ids.north,
        b: ids.south,
      },
    );
    await ok(
      second,
      national,
      'mutation($n: ID!, $m: String!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
      { n: ids.south, m: MALMO },
    );
    const sydHousehold = await household(first, syd, 'SYD', HOME_SYD, ids.north, 'FORMER_MEMBER');
    ids.sydCase = sydHousehold.caseId;
    ids.sydReference = sydHousehold.reference;
    ids.sthlmCase = (await household(second, stockholm, 'STOCKHOLM', HOME_STOCKHOLM, ids.south, 'MEMBER')).caseId;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('rival households proposed into one destination at once, on different instances: only one clears', async () => {
    for (const destination of RACE_DESTINATIONS) {
      // Alone, each would clear here: a refusal below can only come from the other household.
      expect((await ok(first, syd, CHECK, { c: ids.sydCase, m: destination })).data?.checkDestination.cleared).toBe(true);
      expect((await ok(second, stockholm, CHECK, { c: ids.sthlmCase, m: destination })).data?.checkDestination.cleared).toBe(true);

      const [a, b] = await Promise.all([
        gql(first, syd, SUBMIT, proposal(ids.sydCase, destination)),
        gql(second, stockholm, SUBMIT, proposal(ids.sthlmCase, destination)),
      ]);
      expect([a.errors, b.errors]).toEqual([undefined, undefined]);
      expect([a.data?.submitProposal.status, b.data?.submitProposal.status].sort()).toEqual(['CLEARED', 'NOT_CLEARED']);
      for (const body of [a, b]) await ok(second, national, WITHDRAW, { p: body.data?.submitProposal.id });
    }
  });

  it("a presence added on one instance is in the other's very next check", async () => {
    const before = await ok(second, syd, CHECK, { c: ids.sydCase, m: LATE_PRESENCE });
    expect(before.data?.checkDestination.cleared).toBe(true);
    await ok(
      first,
      national,
      'mutation($n: ID!, $m: String!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
      { n: ids.south, m: LATE_PRESENCE },
    );
    const after = await ok(second, syd, CHECK, { c: ids.sydCase, m: LATE_PRESENCE });
    expect(after.data?.checkDestination.cleared).toBe(false);
    expect((after.data?.checkDestination.flags as FlagView[]).map((f) => f.code)).toContain('RIVAL_NETWORK_PRESENCE');
  });

  it("a subject's request budget is the deployment's: half on each instance, refused at the limit on both", async () => {
    const flooder = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'twin-flooder' });
    for (let i = 0; i < RATE_LIMIT; i += 1) {
      const response = await (i % 2 === 0 ? first : second).graphql(CHEAP, { token: flooder });
      expect(response.status).toBe(200);
    }
    for (const app of [first, second]) {
      const refused = await app.graphql(CHEAP, { token: flooder });
      expect(refused.status).toBe(429);
      expect(errorCodeOf(refused.body)).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    // Another subject is not held back by the flood.
    expect((await second.graphql(CHEAP, { token: auditor })).status).toBe(200);

    // The budget table names no subject: a keyed token stands for it.
    const keys = await world.sql<{ key: string }>('SELECT key FROM rate_limit');
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.some((row) => /twin-|auditor/.test(row.key))).toBe(false);

    const logged = await gql(first, auditor, '{ auditEvents(actor: "twin-flooder", action: "rate.limited") { events { outcome } } }');
    expect(logged.data?.auditEvents.events).toEqual([{ outcome: 'denied' }, { outcome: 'denied' }]);
  });

  it('instances racing for the last requests of one budget hand out exactly the limit', async () => {
    const racer = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'twin-racer' });
    const extra = 10;
    const statuses = await Promise.all(
      Array.from({ length: RATE_LIMIT + extra }, (_, i) => (i % 2 === 0 ? first : second).graphql(CHEAP, { token: racer })),
    ).then((responses) => responses.map((r) => r.status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(extra);
  });

  it('any instance sweeps budgets an hour past their window, and none still running', async () => {
    const [{ n: held }] = await world.sql<{ n: number }>('SELECT count(*)::int AS n FROM rate_limit');
    const sweeper = second.app.get(ExpiredBudgetSweeper);
    expect(await sweeper.sweep(Date.now())).toBe(0);
    expect(await sweeper.sweep(Date.now() + 60_000 + 60 * 60_000 + 1_000)).toBe(held);
    expect(await world.sql('SELECT key FROM rate_limit')).toEqual([]);
  });

  it("a municipality's destination questions are limited across instances", async () => {
    const first5 = await world.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: HOME_SYD }, { sub: 'twin-helsingborg-a' });
    const second5 = await world.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: HOME_SYD }, { sub: 'twin-helsingborg-b' });
    const ask = async (app: AuditTestApp, token: string, destination: string) =>
      errorCodeOf(
        await gql(
          app,
          token,
          'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared } }',
          {
            r: ids.sydReference,
            m: destination,
          },
        ),
      );
    // Ten distinct destinations per municipality and case, five asked through each instance.
    for (const [i, destination] of PROBED.slice(0, 10).entries())
      expect(await (i % 2 === 0 ? ask(first, first5, destination) : ask(second, second5, destination))).toBeUndefined();
    expect(await ask(first, first5, PROBED[10] as string)).toBe('RATE_LIMITED');
    expect(await ask(second, second5, PROBED[10] as string)).toBe('RATE_LIMITED');
  });

  it('the audit chain is whole after both instances wrote', async () => {
    const events = await world.events();
    expect(events.length).toBeGreaterThan(80);
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash);
    for (const app of [first, second]) {
      const verdict = await gql(app, auditor, '{ verifyAuditLog { valid checkedEvents } }');
      expect(verdict.data?.verifyAuditLog.valid).toBe(true);
    }
    await expect(auditCommand(['verify'], { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile })).resolves.toMatch(
      /^the audit log is valid/,
    );
  });
});
