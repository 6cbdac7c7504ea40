import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };

const START = addDays(todayInSweden(), 30);
const PERIOD = { startDate: START, endDate: addDays(START, 180) };
const PNR = '19900101-0017';
const HOUR_MS = 3_600_000;

const CASE_DETAILS =
  'query($id: ID!) { case(id: $id) { id reference homeMunicipality { code } defector { givenName } team { officer role } } }';

/** Access follows assignment: teams, the summary the rest of the region gets, break-glass; both CASE_ACCESS settings. */
describe('case teams and break-glass', () => {
  let app: TestApp;
  let sql: pg.Client;
  let opener: string; // SYD, opens the case: its responsible officer
  let colleague: string; // SYD, added to the team and removed again
  let bystander: string; // SYD, never on the team: break-glass
  let stockholm: string;
  let national: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
    (await app.graphql(query, { token, purpose: 'AVH case team test', variables })).body as Body;
  const code = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    errorCodeOf(await gql(token, query, variables));
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '60000' });
    sql = new pg.Client({ connectionString: app.database.url });
    await sql.connect();
    opener = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-opener' });
    colleague = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-las' });
    bystander = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-bystander' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });

    ids.defector = (
      await ok(opener, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName: 'Teamlund', familyName: 'Hemlig', personalIdentityNumber: PNR },
      })
    ).registerPerson.id;
    const opened = await ok(
      opener,
      'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference team { id officer role reason addedBy } } }',
      { i: { region: 'SYD', homeMunicipalityCode: '1280', defectorId: ids.defector, eligibility: ELIGIBLE } },
    );
    ids.case = opened.openCase.id;
    ids.reference = opened.openCase.reference;
    expect(opened.openCase.team).toEqual([
      { id: expect.any(String), officer: 'syd-opener', role: 'RESPONSIBLE_OFFICER', reason: 'opened the case', addedBy: 'syd-opener' },
    ]);
    ids.responsibleMember = opened.openCase.team[0].id;
    // A proposal, so the summary has a checker result to show: eligible, no assessments -> flags.
    await ok(opener, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id } }', {
      i: { caseId: ids.case, municipalityCode: '2480', housingType: 'PROTECTED_HOUSING', ...PERIOD },
    });
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  it('keeps the officer out of the database in plaintext: a keyed token and a sealed value', async () => {
    const rows = (
      await sql.query('SELECT officer_token, officer_sealed, reason_sealed, added_by_sealed FROM case_team_member WHERE case_id = $1', [
        ids.case,
      ])
    ).rows as Record<string, Buffer>[];
    expect(rows).toHaveLength(1);
    for (const value of Object.values(rows[0]!)) {
      expect(value.includes(Buffer.from('syd-opener'))).toBe(false);
      expect(value.includes(Buffer.from('opened the case'))).toBe(false);
    }
  });

  it('shows an officer of the region outside the team that the case exists, its status and checker results, nothing more', async () => {
    const refused = await gql(bystander, CASE_DETAILS, { id: ids.case });
    expect(errorCodeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data?.case ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('Teamlund');
    expect(await code(bystander, 'query($r: String!) { caseByReference(reference: $r) { id } }', { r: ids.reference })).toBe('FORBIDDEN');
    expect((await ok(bystander, '{ cases { id } }')).cases).toEqual([]);

    const summary = (
      await ok(
        bystander,
        'query($id: ID!) { caseSummary(id: $id) { reference status access checks { proposalStatus cleared flags { code severity } } } }',
        { id: ids.case },
      )
    ).caseSummary;
    expect(summary).toMatchObject({ reference: ids.reference, status: 'OPEN', access: 'SUMMARY' });
    expect(summary.checks).toHaveLength(1);
    expect(summary.checks[0].flags.length).toBeGreaterThan(0);
    const listed = (await ok(bystander, '{ caseSummaries { id access } }')).caseSummaries;
    expect(listed).toEqual([{ id: ids.case, access: 'SUMMARY' }]);

    // Every path to the protected details refuses, the household member included.
    expect(await code(bystander, 'query($id: ID!) { person(id: $id) { givenName } }', { id: ids.defector })).toBe('NOT_FOUND');
    expect(
      (await ok(bystander, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }', { n: PNR }))
        .personByIdentityNumber,
    ).toBeNull();
    expect(
      await code(bystander, `query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "2480") { cleared } }`, { c: ids.case }),
    ).toBe('FORBIDDEN');
    expect(
      await code(bystander, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
        c: ids.case,
        i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
      }),
    ).toBe('FORBIDDEN');
    expect(
      await code(bystander, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id } }', {
        i: { caseId: ids.case, municipalityCode: '2480', housingType: 'PROTECTED_HOUSING', ...PERIOD },
      }),
    ).toBe('FORBIDDEN');
    expect(
      await code(
        bystander,
        'mutation($c: ID!) { addTeamMember(caseId: $c, officer: "syd-bystander", role: OTHER, reason: "let me in") { id } }',
        { c: ids.case },
      ),
    ).toBe('FORBIDDEN');

    const events = (
      await ok(
        auditor,
        'query($r: String!) { auditEvents(resourceId: $r, actor: "syd-bystander", first: 100) { events { action outcome } } }',
        { r: ids.case },
      )
    ).auditEvents.events as { action: string; outcome: string }[];
    expect(events).toContainEqual({ action: 'case', outcome: 'denied' });
  });

  it('answers another region as for a case that does not exist, and lets national coordination read everything', async () => {
    for (const query of [CASE_DETAILS, 'query($id: ID!) { caseSummary(id: $id) { id } }']) {
      expect(await code(stockholm, query, { id: ids.case })).toBe('NOT_FOUND');
    }
    expect(await code(stockholm, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "curious") { expiresAt } }', { c: ids.case })).toBe(
      'NOT_FOUND',
    );
    expect((await ok(national, CASE_DETAILS, { id: ids.case })).case.defector.givenName).toBe('Teamlund');
    expect(await code(national, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "no need") { expiresAt } }', { c: ids.case })).toBe(
      'FORBIDDEN',
    );
  });

  it('adds and removes team members with a reason, refusing bad input and changing nothing', async () => {
    const ADD =
      'mutation($c: ID!, $o: String!, $r: String!) { addTeamMember(caseId: $c, officer: $o, role: LOCAL_COORDINATOR, reason: $r) { id officer role reason addedBy } }';
    expect(await code(opener, ADD, { c: ids.case, o: 'syd-las', r: 'x\u202Ey' })).toBe('BAD_USER_INPUT');
    expect(await code(opener, ADD, { c: ids.case, o: 'syd-las', r: '  ' })).toBe('BAD_USER_INPUT');
    expect(await code(colleague, CASE_DETAILS, { id: ids.case })).toBe('FORBIDDEN');

    const added = (await ok(opener, ADD, { c: ids.case, o: 'syd-las', r: 'LAS i Malmö' })).addTeamMember;
    expect(added).toMatchObject({ officer: 'syd-las', role: 'LOCAL_COORDINATOR', reason: 'LAS i Malmö', addedBy: 'syd-opener' });
    expect(await code(opener, ADD, { c: ids.case, o: 'syd-las', r: 'again' })).toBe('BAD_USER_INPUT');
    const read = (await ok(colleague, CASE_DETAILS, { id: ids.case })).case;
    expect(read.defector.givenName).toBe('Teamlund');
    expect(read.team.map((t: { officer: string }) => t.officer)).toEqual(['syd-opener', 'syd-las']);
    expect((await ok(colleague, '{ cases { id } }')).cases).toEqual([{ id: ids.case }]);
    expect((await ok(colleague, 'query($id: ID!) { person(id: $id) { givenName } }', { id: ids.defector })).person.givenName).toBe(
      'Teamlund',
    );

    const REMOVE = 'mutation($c: ID!, $m: ID!, $r: String!) { removeTeamMember(caseId: $c, memberId: $m, reason: $r) }';
    expect(await code(opener, REMOVE, { c: ids.case, m: ids.responsibleMember, r: 'leaving' })).toBe('BAD_USER_INPUT');
    expect(await code(opener, REMOVE, { c: ids.case, m: added.id, r: '' })).toBe('BAD_USER_INPUT');
    expect((await ok(opener, REMOVE, { c: ids.case, m: added.id, r: 'moved to another unit' })).removeTeamMember).toBe(true);
    expect(await code(opener, REMOVE, { c: ids.case, m: added.id, r: 'again' })).toBe('NOT_FOUND');
    expect(await code(colleague, CASE_DETAILS, { id: ids.case })).toBe('FORBIDDEN');
    const history = (await sql.query('SELECT removed_at, removed_by_sealed FROM case_team_member WHERE id = $1', [added.id])).rows[0];
    expect(history.removed_at).not.toBeNull();
    expect((history.removed_by_sealed as Buffer).includes(Buffer.from('syd-opener'))).toBe(false);
  });

  it('grants break-glass with a reason for 8 hours, reports it to auditors at once and to the responsible officer', async () => {
    const BREAK =
      'mutation($c: ID!, $r: String!) { breakGlass(caseId: $c, reason: $r) { caseId caseReference officer reason grantedAt expiresAt } }';
    expect(await code(bystander, BREAK, { c: ids.case, r: '' })).toBe('BAD_USER_INPUT');
    expect(await code(bystander, BREAK, { c: ids.case, r: 'a\u0000b' })).toBe('BAD_USER_INPUT');
    expect(await code(bystander, CASE_DETAILS, { id: ids.case })).toBe('FORBIDDEN');

    const before = Date.now();
    const grant = (await ok(bystander, BREAK, { c: ids.case, r: 'Jour: hot mot familjen natt' })).breakGlass;
    expect(grant).toMatchObject({
      caseId: ids.case,
      caseReference: ids.reference,
      officer: 'syd-bystander',
      reason: 'Jour: hot mot familjen natt',
    });
    const lasts = Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt);
    expect(lasts).toBe(8 * HOUR_MS);
    expect(Date.parse(grant.expiresAt)).toBeGreaterThanOrEqual(before + 8 * HOUR_MS - 5_000);

    expect((await ok(bystander, CASE_DETAILS, { id: ids.case })).case.defector.givenName).toBe('Teamlund');
    expect((await ok(bystander, 'query($id: ID!) { caseSummary(id: $id) { access } }', { id: ids.case })).caseSummary.access).toBe(
      'DETAILS',
    );
    expect(await code(bystander, BREAK, { c: ids.case, r: 'once more' })).toBe('BAD_USER_INPUT');
    // Reading access only: a break-glass reader cannot make it permanent by joining the team.
    expect(
      await code(
        bystander,
        'mutation($c: ID!) { addTeamMember(caseId: $c, officer: "syd-bystander", role: OTHER, reason: "stay on") { id } }',
        {
          c: ids.case,
        },
      ),
    ).toBe('FORBIDDEN');

    const anomalies = (await ok(auditor, '{ auditAnomalies { actor kind caseId } }')).auditAnomalies;
    expect(anomalies).toContainEqual({ actor: 'syd-bystander', kind: 'BREAK_GLASS', caseId: ids.case });

    const notices = (await ok(opener, '{ notifications { caseId caseReference officer reason expiresAt } }')).notifications;
    expect(notices).toEqual([
      {
        caseId: ids.case,
        caseReference: ids.reference,
        officer: 'syd-bystander',
        reason: 'Jour: hot mot familjen natt',
        expiresAt: grant.expiresAt,
      },
    ]);
    expect((await ok(colleague, '{ notifications { caseId } }')).notifications).toEqual([]);

    // Expired: back to the summary.
    await sql.query(
      "UPDATE break_glass SET granted_at = now() - interval '9 hours', expires_at = now() - interval '1 hour' WHERE case_id = $1",
      [ids.case],
    );
    expect(await code(bystander, CASE_DETAILS, { id: ids.case })).toBe('FORBIDDEN');
    expect((await ok(bystander, '{ cases { id } }')).cases).toEqual([]);
  });
});

describe('CASE_ACCESS=region: every officer of the region reads the region’s cases', () => {
  let app: TestApp;
  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
    (await app.graphql(query, { token, purpose: 'AVH case team test', variables })).body as Body;

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '60000', CASE_ACCESS: 'region', BREAK_GLASS_HOURS: '2' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets an officer outside the team read the case and has no use for break-glass', async () => {
    const opener = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-opener' });
    const other = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-other' });
    const stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    const defector = (
      await gql(opener, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName: 'Regionlund', familyName: 'Hemlig' },
      })
    ).data?.registerPerson.id as string;
    const caseId = (
      await gql(opener, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region: 'SYD', homeMunicipalityCode: '1280', defectorId: defector, eligibility: ELIGIBLE },
      })
    ).data?.openCase.id as string;

    const read = await gql(other, CASE_DETAILS, { id: caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data?.case.defector.givenName).toBe('Regionlund');
    expect(read.data?.case.team).toEqual([{ officer: 'syd-opener', role: 'RESPONSIBLE_OFFICER' }]);
    expect((await gql(other, 'query($id: ID!) { person(id: $id) { givenName } }', { id: defector })).data?.person.givenName).toBe(
      'Regionlund',
    );
    expect(
      errorCodeOf(await gql(other, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "not needed") { expiresAt } }', { c: caseId })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await gql(stockholm, CASE_DETAILS, { id: caseId }))).toBe('NOT_FOUND');
  });
});
