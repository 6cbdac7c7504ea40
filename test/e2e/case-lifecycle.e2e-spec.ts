import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { LifecycleService } from '../../apps/registry-api/src/lifecycle/lifecycle.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };

const START = addDays(todayInSweden(), 30);
const PERIOD = { startDate: START, endDate: addDays(START, 180) };
const FAR_AWAY = '2480'; // Umeå, far from the Skåne home municipality
const STAGE =
  'query($id: ID!) { case(id: $id) { status stage closureReason escalated nextStages history { kind fromStage toStage closureReason fromRegion toRegion actor reason } } }';
const TRANSITION = 'mutation($c: ID!, $to: CaseStage!, $r: String!) { transitionCase(caseId: $c, to: $to, reason: $r) { stage status } }';
const STEP =
  'mutation($c: ID!, $i: AssessmentStepInput!) { recordAssessmentStep(caseId: $c, input: $i) { assessmentSteps { kind instrument assessor requiredOn completedOn completed } } }';
const FOLLOW_UP =
  'mutation($c: ID!, $i: FollowUpInput!) { recordFollowUp(caseId: $c, input: $i) { stage followUps { dueOn overdue recordedOn outcome housing income relapse threatStands notes recordedBy } } }';

/** Issue 14 item 3: a case's stages, its audited history, closure reasons, reopening, transfer, escalation and follow-up. */
describe('case lifecycle', () => {
  let app: TestApp;
  let sql: pg.Client;
  let opener: string; // SYD, opens the cases: on their teams
  let bystander: string; // SYD, on no team
  let stockholm: string;
  let national: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
    (await app.graphql(query, { token, purpose: 'AVH lifecycle test', variables })).body as Body;
  const code = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    errorCodeOf(await gql(token, query, variables));
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }
  const stageOf = async (id: string, token = opener) => (await ok(token, STAGE, { id })).case;
  const historyRows = async (id: string) =>
    Number((await sql.query('SELECT count(*) AS n FROM case_transition WHERE case_id = $1', [id])).rows[0].n);

  async function openCase(givenName: string): Promise<string> {
    const person = (
      await ok(opener, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName, familyName: 'Livscykel', birthYear: 1990 },
      })
    ).registerPerson.id;
    return (
      await ok(opener, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region: 'SYD', homeMunicipalityCode: '1280', defectorId: person, eligibility: ELIGIBLE },
      })
    ).openCase.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '600000' });
    sql = new pg.Client({ connectionString: app.database.url });
    await sql.connect();
    opener = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-opener' });
    bystander = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-bystander' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });
    ids.case = await openCase('Stegrid');
    ids.other = await openCase('Andrea');
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  it('opens a case as REFERRED, with the opening in its history', async () => {
    expect(await stageOf(ids.case!)).toEqual({
      status: 'OPEN',
      stage: 'REFERRED',
      closureReason: null,
      escalated: false,
      nextStages: ['ASSESSING'],
      history: [
        {
          kind: 'OPENED',
          fromStage: null,
          toStage: 'REFERRED',
          closureReason: null,
          fromRegion: null,
          toRegion: null,
          actor: 'syd-opener',
          reason: 'opened the case',
        },
      ],
    });
  });

  it('refuses an illegal move with BAD_USER_INPUT and changes nothing', async () => {
    const before = await historyRows(ids.case!);
    const refused = await gql(opener, TRANSITION, { c: ids.case, to: 'PLACED', r: 'skipping ahead' });
    expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe('A case cannot move from REFERRED to PLACED');
    expect(await code(opener, TRANSITION, { c: ids.case, to: 'CLOSED', r: 'closing by the back door' })).toBe('BAD_USER_INPUT');
    expect(await code(opener, TRANSITION, { c: ids.case, to: 'ASSESSING', r: ' ' })).toBe('BAD_USER_INPUT');
    expect(await historyRows(ids.case!)).toBe(before);
    expect((await stageOf(ids.case!)).stage).toBe('REFERRED');
  });

  it('moves to ASSESSING, and to ELIGIBLE only once both assessments are completed', async () => {
    expect((await ok(opener, TRANSITION, { c: ids.case, to: 'ASSESSING', r: 'referral accepted by the LAS' })).transitionCase).toEqual({
      stage: 'ASSESSING',
      status: 'OPEN',
    });
    const required = await ok(opener, STEP, {
      c: ids.case,
      i: { kind: 'THREAT', instrument: 'SARA:SV', assessor: 'Kommissarie Lind', requiredOn: todayInSweden() },
    });
    expect(required.recordAssessmentStep.assessmentSteps).toEqual([
      {
        kind: 'THREAT',
        instrument: 'SARA:SV',
        assessor: 'Kommissarie Lind',
        requiredOn: todayInSweden(),
        completedOn: null,
        completed: false,
      },
    ]);
    expect((await stageOf(ids.case!)).nextStages).toEqual([]);
    const refused = await gql(opener, TRANSITION, { c: ids.case, to: 'ELIGIBLE', r: 'assessed' });
    expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('completed threat assessment');
    expect(
      await code(opener, STEP, {
        c: ids.case,
        i: {
          kind: 'THREAT',
          instrument: 'SARA:SV',
          assessor: 'Lind',
          requiredOn: todayInSweden(),
          completedOn: addDays(todayInSweden(), -1),
        },
      }),
    ).toBe('BAD_USER_INPUT');
    for (const kind of ['THREAT', 'PLACEMENT'])
      await ok(opener, STEP, {
        c: ids.case,
        i: {
          kind,
          instrument: 'structured professional judgement',
          assessor: 'Lind',
          requiredOn: todayInSweden(),
          completedOn: todayInSweden(),
        },
      });
    expect((await stageOf(ids.case!)).nextStages).toEqual(['ELIGIBLE']);
    await ok(opener, TRANSITION, { c: ids.case, to: 'ELIGIBLE', r: 'both assessments done' });
    expect((await stageOf(ids.case!)).stage).toBe('ELIGIBLE');
  });

  it('keeps who and why sealed: no actor, reason, instrument or assessor in plaintext', async () => {
    const rows = (
      await sql.query(
        'SELECT actor_sealed, reason_sealed FROM case_transition WHERE case_id = $1 UNION ALL SELECT instrument_sealed, assessor_sealed FROM case_assessment_step WHERE case_id = $1',
        [ids.case],
      )
    ).rows as Record<string, Buffer>[];
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows)
      for (const value of Object.values(row))
        for (const secret of ['syd-opener', 'referral accepted', 'SARA', 'Lind']) expect(value.includes(Buffer.from(secret))).toBe(false);
  });

  it('lets only those who read the details move a case; the rest of the region sees the stage; other regions nothing', async () => {
    expect(await code(bystander, TRANSITION, { c: ids.case, to: 'ASSESSING', r: 'not my case' })).toBe('FORBIDDEN');
    expect(await code(bystander, 'mutation($c: ID!) { escalateCase(caseId: $c, reason: "curious") { id } }', { c: ids.case })).toBe(
      'FORBIDDEN',
    );
    expect(await code(bystander, STAGE, { id: ids.case })).toBe('FORBIDDEN');
    expect((await ok(bystander, 'query($id: ID!) { caseSummary(id: $id) { stage access } }', { id: ids.case })).caseSummary).toEqual({
      stage: 'ELIGIBLE',
      access: 'SUMMARY',
    });
    expect(await code(stockholm, TRANSITION, { c: ids.case, to: 'ASSESSING', r: 'other region' })).toBe('NOT_FOUND');
    expect(await code(stockholm, 'query($id: ID!) { caseSummary(id: $id) { stage } }', { id: ids.case })).toBe('NOT_FOUND');
    expect((await stageOf(ids.case!)).stage).toBe('ELIGIBLE');
    const events = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 200) { events { actor action outcome } } }', {
        r: ids.case,
      })
    ).auditEvents.events as { actor: string; action: string; outcome: string }[];
    expect(events).toContainEqual({ actor: 'syd-bystander', action: 'transitionCase', outcome: 'denied' });
    expect(events).toContainEqual({ actor: 'syd-opener', action: 'transitionCase', outcome: 'ok' });
    expect(events).toContainEqual({ actor: 'syd-opener', action: 'recordAssessmentStep', outcome: 'ok' });
  });

  it('follows proposals and placements on its own, and records the follow-up due six months after the end', async () => {
    const proposal = (
      await ok(opener, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
        i: { caseId: ids.case, municipalityCode: FAR_AWAY, housingType: 'PROTECTED_HOUSING', ...PERIOD },
      })
    ).submitProposal;
    expect(proposal.status).toBe('CLEARED');
    expect((await stageOf(ids.case!)).stage).toBe('PROPOSED');
    ids.placement = (
      await ok(opener, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposal.id })
    ).confirmPlacement.id;
    const placed = await stageOf(ids.case!);
    expect(placed).toMatchObject({ stage: 'PLACED', status: 'ACTIVE', nextStages: [] });
    expect(placed.history.slice(-2).map((h: Data) => [h.kind, h.toStage, h.reason])).toEqual([
      ['AUTOMATIC', 'PROPOSED', 'a proposal was cleared'],
      ['AUTOMATIC', 'PLACED', 'a placement was confirmed'],
    ]);
    expect(await code(opener, TRANSITION, { c: ids.case, to: 'FOLLOW_UP', r: 'too early' })).toBe('BAD_USER_INPUT');
    const early = {
      recordedOn: todayInSweden(),
      outcome: 'ESTABLISHED',
      housing: 'OWN_TENANCY',
      income: 'EMPLOYMENT',
      relapse: 'NO',
      threatStands: 'NO',
    };
    expect(await code(opener, FOLLOW_UP, { c: ids.case, i: early })).toBe('BAD_USER_INPUT');

    await ok(opener, 'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: COMPLETED) { id } }', {
      p: ids.placement,
      d: START,
    });
    const ended = await stageOf(ids.case!);
    expect(ended).toMatchObject({ stage: 'FOLLOW_UP', status: 'ACTIVE' });
    const due = (await ok(opener, 'query($id: ID!) { case(id: $id) { followUps { dueOn overdue recordedOn } } }', { id: ids.case })).case
      .followUps;
    const [y, m, d] = START.split('-').map(Number) as [number, number, number];
    const sixMonthsOn = new Date(Date.UTC(y, m - 1 + 6, Math.min(d, new Date(Date.UTC(y, m - 1 + 7, 0)).getUTCDate())));
    expect(due).toEqual([{ dueOn: sixMonthsOn.toISOString().slice(0, 10), overdue: false, recordedOn: null }]);
  });

  it('raises an overdue follow-up as an alert on the ended placement, once', async () => {
    const lifecycle = app.registry.app.get(LifecycleService);
    const uow = app.registry.app.get(UnitOfWork);
    expect(await uow.transaction((m) => lifecycle.raiseOverdueAlerts(m, todayInSweden()))).toBe(0);
    const later = addDays(START, 400);
    expect(await uow.transaction((m) => lifecycle.raiseOverdueAlerts(m, later))).toBe(1);
    expect(await uow.transaction((m) => lifecycle.raiseOverdueAlerts(m, later))).toBe(0);
    const alerts = (await ok(opener, '{ alerts(acknowledged: false) { kind flags { code } placement { id } } }')).alerts;
    expect(alerts).toEqual([{ kind: 'FOLLOW_UP_OVERDUE', flags: [], placement: { id: ids.placement } }]);
    expect((await ok(bystander, '{ alerts { kind } }')).alerts).toEqual([]);
  });

  it('records the follow-up with its answers, notes sealed', async () => {
    const recorded = (
      await ok(opener, FOLLOW_UP, {
        c: ids.case,
        i: {
          recordedOn: todayInSweden(),
          outcome: 'PARTLY_ESTABLISHED',
          housing: 'SECOND_HAND_TENANCY',
          income: 'STUDIES',
          relapse: 'NO',
          threatStands: 'UNKNOWN',
          notes: 'Studerar på Komvux i Umeå',
        },
      })
    ).recordFollowUp;
    expect(recorded.followUps).toEqual([
      expect.objectContaining({
        overdue: false,
        recordedOn: todayInSweden(),
        outcome: 'PARTLY_ESTABLISHED',
        housing: 'SECOND_HAND_TENANCY',
        income: 'STUDIES',
        relapse: 'NO',
        threatStands: 'UNKNOWN',
        notes: 'Studerar på Komvux i Umeå',
        recordedBy: 'syd-opener',
      }),
    ]);
    const stored = (await sql.query('SELECT notes_sealed, recorded_by_sealed FROM case_follow_up WHERE case_id = $1', [ids.case]))
      .rows[0] as Record<string, Buffer>;
    expect(stored.notes_sealed.includes(Buffer.from('Komvux'))).toBe(false);
    expect(stored.recorded_by_sealed.includes(Buffer.from('syd-opener'))).toBe(false);
    expect(
      await code(opener, FOLLOW_UP, {
        c: ids.case,
        i: {
          ...{
            recordedOn: addDays(todayInSweden(), 1),
            outcome: 'ESTABLISHED',
            housing: 'OWN_TENANCY',
            income: 'EMPLOYMENT',
            relapse: 'NO',
            threatStands: 'NO',
          },
        },
      }),
    ).toBe('BAD_USER_INPUT');
  });

  it('closes with a reason, which sets the contract status; reopens into ASSESSING', async () => {
    const close =
      'mutation($c: ID!, $k: ClosureReason!, $r: String!) { closeCaseWithReason(caseId: $c, closureReason: $k, reason: $r) { status stage closureReason } }';
    expect((await ok(opener, close, { c: ids.case, k: 'OTHER_SUPPORT', r: 'handed over to social services' })).closeCaseWithReason).toEqual(
      {
        status: 'COMPLETED',
        stage: 'CLOSED',
        closureReason: 'OTHER_SUPPORT',
      },
    );
    expect(await code(opener, close, { c: ids.case, k: 'RELAPSED', r: 'again' })).toBe('BAD_USER_INPUT');
    expect(await code(opener, TRANSITION, { c: ids.case, to: 'ASSESSING', r: 'closed cases do not move' })).toBe('BAD_USER_INPUT');
    expect((await ok(opener, 'query { cases(status: COMPLETED) { id } }')).cases).toEqual([{ id: ids.case }]);

    const reopened = (
      await ok(opener, 'mutation($c: ID!) { reopenCase(caseId: $c, reason: "new threat reported") { status stage closureReason } }', {
        c: ids.case,
      })
    ).reopenCase;
    expect(reopened).toEqual({ status: 'OPEN', stage: 'ASSESSING', closureReason: null });
    expect(await code(opener, 'mutation($c: ID!) { reopenCase(caseId: $c, reason: "twice") { id } }', { c: ids.case })).toBe(
      'BAD_USER_INPUT',
    );
    const closedAt = (await sql.query('SELECT closed_at FROM registry_case WHERE id = $1', [ids.case])).rows[0].closed_at;
    expect(closedAt).toBeNull();
  });

  it('reopens a case closed during a running placement as PLACED, not ASSESSING', async () => {
    const caseId = await openCase('Placerad');
    const proposal = (
      await ok(opener, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
        i: { caseId, municipalityCode: FAR_AWAY, housingType: 'HVB', ...PERIOD },
      })
    ).submitProposal;
    expect(proposal.status).toBe('CLEARED');
    await ok(opener, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposal.id });
    await ok(
      opener,
      'mutation($c: ID!) { closeCaseWithReason(caseId: $c, closureReason: PLACED_IN_CARE, reason: "taken into care") { stage } }',
      {
        c: caseId,
      },
    );
    const reopened = (
      await ok(opener, 'mutation($c: ID!) { reopenCase(caseId: $c, reason: "care ended, still at the placement") { status stage } }', {
        c: caseId,
      })
    ).reopenCase;
    expect(reopened).toEqual({ status: 'ACTIVE', stage: 'PLACED' });
  });

  it('keeps the contract’s closeCase: ABORTED closes with the reason OTHER', async () => {
    const closed = (
      await ok(opener, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { status stage closureReason } }', { c: ids.other })
    ).closeCase;
    expect(closed).toEqual({ status: 'ABORTED', stage: 'CLOSED', closureReason: 'OTHER' });
    expect(await code(opener, 'mutation($c: ID!) { closeCase(caseId: $c, status: ACTIVE) { id } }', { c: ids.case })).toBe(
      'BAD_USER_INPUT',
    );
    const history = (await stageOf(ids.other!)).history;
    expect(history[history.length - 1]).toMatchObject({ kind: 'CLOSE', toStage: 'CLOSED', closureReason: 'OTHER', actor: 'syd-opener' });
  });

  it('escalates to national coordination, and lets only national coordination transfer a case to another region', async () => {
    const escalated = (
      await ok(opener, 'mutation($c: ID!) { escalateCase(caseId: $c, reason: "threat reaches the new region") { stage escalated } }', {
        c: ids.case,
      })
    ).escalateCase;
    expect(escalated).toEqual({ stage: 'ASSESSING', escalated: true });
    const transfer =
      'mutation($c: ID!, $r: PoliceRegion!) { transferCase(caseId: $c, toRegion: $r, reason: "the household moves north") { region stage escalated } }';
    expect(await code(opener, transfer, { c: ids.case, r: 'NORD' })).toBe('FORBIDDEN');
    expect(await code(national, transfer, { c: ids.case, r: 'SYD' })).toBe('BAD_USER_INPUT');
    expect((await ok(national, transfer, { c: ids.case, r: 'NORD' })).transferCase).toEqual({
      region: 'NORD',
      stage: 'ASSESSING',
      escalated: false,
    });
    // The sending region no longer sees it; national coordination reads the transfer in the history.
    expect(await code(opener, STAGE, { id: ids.case })).toBe('NOT_FOUND');
    const last = (await stageOf(ids.case!, national)).history.at(-1);
    expect(last).toMatchObject({
      kind: 'TRANSFER',
      fromStage: 'ASSESSING',
      toStage: 'ASSESSING',
      fromRegion: 'SYD',
      toRegion: 'NORD',
      actor: 'noa-officer',
    });
  });

  it('counts closures by reason and follow-up outcomes in the statistics, with the same suppression', async () => {
    // Move this test's closures and follow-up into a whole past month, as the statistics spec does with openings.
    await sql.query("UPDATE case_transition SET at = '2025-03-10T12:00:00Z' WHERE kind = 'CLOSE'");
    await sql.query("UPDATE case_follow_up SET recorded_at = '2025-03-10T12:00:00Z' WHERE recorded_at IS NOT NULL");
    const TABLE = '{ measure category rows { label cells { value suppressed } } grandTotal { value suppressed } source }';
    const tables = (
      await ok(
        national,
        `query($p: StatisticsPeriodInput!) { statistics(period: $p, groupBy: [REGION, MONTH], measures: [CLOSURES_BY_REASON, FOLLOW_UP_OUTCOMES]) ${TABLE} }`,
        { p: { from: '2025-01', to: '2025-12' } },
      )
    ).statistics as {
      measure: string;
      category: string;
      rows: { label: string; cells: { value: number | null; suppressed: boolean }[] }[];
      grandTotal: { value: number | null; suppressed: boolean };
    }[];
    expect(tables.map((t) => `${t.measure}/${t.category}`)).toEqual([
      ...['PLAN_COMPLETED', 'OTHER_SUPPORT', 'PLACED_IN_CARE', 'CONSENT_WITHDRAWN', 'RELAPSED', 'THREAT_ENDED', 'OTHER'].map(
        (r) => `CLOSURES_BY_REASON/${r}`,
      ),
      ...['ESTABLISHED', 'PARTLY_ESTABLISHED', 'NOT_ESTABLISHED', 'NOT_REACHED'].map((o) => `FOLLOW_UP_OUTCOMES/${o}`),
    ]);
    const cellOf = (measure: string, category: string, region: string) => {
      const table = tables.find((t) => t.measure === measure && t.category === category)!;
      return { march: table.rows.find((r) => r.label === region)!.cells[2], total: table.grandTotal };
    };
    // One closure with OTHER_SUPPORT and its follow-up (PARTLY_ESTABLISHED), counted in the case's region now
    // (NORD, since the transfer), and one OTHER (closeCase ABORTED) in SYD: all small, all suppressed.
    for (const [measure, category, region] of [
      ['CLOSURES_BY_REASON', 'OTHER_SUPPORT', 'NORD'],
      ['CLOSURES_BY_REASON', 'OTHER', 'SYD'],
      ['FOLLOW_UP_OUTCOMES', 'PARTLY_ESTABLISHED', 'NORD'],
    ] as const)
      expect(cellOf(measure, category, region)).toEqual({
        march: { value: null, suppressed: true },
        total: { value: null, suppressed: true },
      });
    expect(cellOf('CLOSURES_BY_REASON', 'RELAPSED', 'SYD')).toEqual({
      march: { value: 0, suppressed: false },
      total: { value: 0, suppressed: false },
    });
  });
});
