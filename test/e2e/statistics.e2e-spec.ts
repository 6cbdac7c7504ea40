import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { POLICE_REGIONS } from '@registry/geo';
import { addDays } from '@registry/checker';
import { audit, gridTable, linearlyDerivable, OUTSIDER } from '@registry/statistics';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

// GraphQL answers are read field by field; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type Cell = { value: number | null; suppressed: boolean };
type Table = {
  measure: string;
  category: string | null;
  columns: string[];
  rows: { label: string; cells: Cell[]; total: Cell | null }[];
  columnTotals: Cell[] | null;
  grandTotal: Cell | null;
  threshold: number;
  asOf: string;
  source: string;
};

const YEAR = 2025;
const MARCH = `${YEAR}-03-10T12:00:00Z`;
const APRIL = `${YEAR}-04-10T12:00:00Z`;
/** The cases the test opens, by region and the month they are moved to: STOCKHOLM's 2 and SYD's April 1 are small. */
const OPENED: { region: string; at: string; count: number }[] = [
  { region: 'NORD', at: MARCH, count: 6 },
  { region: 'STOCKHOLM', at: MARCH, count: 2 },
  { region: 'SYD', at: MARCH, count: 6 },
  { region: 'SYD', at: APRIL, count: 1 },
];
const TABLE = `{ measure category columns rows { label cells { value suppressed } total { value suppressed } } columnTotals { value suppressed } grandTotal { value suppressed } threshold asOf source }`;
const STATISTICS = `query($p: StatisticsPeriodInput!, $g: [StatisticsDimension!], $m: [StatisticsMeasure!]) { statistics(period: $p, groupBy: $g, measures: $m) ${TABLE} }`;

describe('statistics that identify no one, on the real database', () => {
  let app: TestApp;
  let db: pg.Client;
  let national: string;
  let syd: string;
  const purpose = 'AVH statistics test';
  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    (await app.graphql(query, { token, purpose, variables })).body as Body;
  const wholeYear = { from: `${YEAR}-01`, to: `${YEAR}-12` };
  const ask = async (token: string, measures: string[], period = wholeYear, groupBy = ['REGION', 'MONTH']) =>
    gql(token, STATISTICS, { p: period, g: groupBy, m: measures });

  beforeAll(async () => {
    app = await startTestApp();
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-statistician' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-statistician' });
    let n = 0;
    for (const group of OPENED) {
      for (let i = 0; i < group.count; i++) {
        const person = await gql(national, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
          i: { kind: 'DEFECTOR', givenName: `Statistic${n++}`, familyName: 'Testperson' },
        });
        const opened = await gql(national, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
          i: { region: group.region, homeMunicipalityCode: '1283', defectorId: person.data?.registerPerson.id, eligibility: ELIGIBLE },
        });
        expect(opened.errors).toBeUndefined();
        // The API records today; statistics publish completed months only, so the test moves the case back.
        await db.query('UPDATE registry_case SET opened_at = $2 WHERE id = $1', [opened.data?.openCase.id, group.at]);
      }
    }
    // One SYD placement, proposed and confirmed through the API, moved to March as well.
    const sydCase = (await db.query<{ id: string }>(`SELECT id FROM registry_case WHERE region = 'SYD' LIMIT 1`)).rows[0]!.id;
    const start = addDays(todayInSweden(), 30);
    const proposal = await gql(
      national,
      'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status check { flags { code } } } }',
      {
        i: { caseId: sydCase, municipalityCode: '2480', housingType: 'PROTECTED_HOUSING', startDate: start, endDate: addDays(start, 120) },
      },
    );
    expect(proposal.errors).toBeUndefined();
    const proposalId = proposal.data?.submitProposal.id as string;
    if (proposal.data?.submitProposal.status === 'NOT_CLEARED') {
      const overridden = await gql(
        national,
        'mutation($p: ID!, $j: String!) { overrideProposal(proposalId: $p, justification: $j) { status } }',
        {
          p: proposalId,
          j: 'Statistics test: an override recorded on purpose.',
        },
      );
      expect(overridden.errors).toBeUndefined();
    }
    const placed = await gql(national, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposalId });
    expect(placed.errors).toBeUndefined();
    await db.query(
      `UPDATE proposal SET created_at = $2, overridden_at = CASE WHEN overridden_at IS NULL THEN NULL ELSE $3::timestamptz END WHERE id = $1`,
      [proposalId, `${YEAR}-03-01T12:00:00Z`, `${YEAR}-03-02T12:00:00Z`],
    );
    await db.query('UPDATE placement SET created_at = $2 WHERE proposal_id = $1', [proposalId, `${YEAR}-03-08T12:00:00Z`]);
    await db.query(`UPDATE statistics_flag_tally SET month = '${YEAR}-03'`);
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  const truth = () => {
    const cells = POLICE_REGIONS.map(() => Array.from({ length: 12 }, () => 0));
    for (const g of OPENED) cells[POLICE_REGIONS.indexOf(g.region as never)]![Number(g.at.slice(5, 7)) - 1]! += g.count;
    return cells;
  };

  it('suppresses every small count, and what it publishes is true', async () => {
    const body = await ask(national, ['CASES_OPENED']);
    expect(body.errors).toBeUndefined();
    const [table] = body.data?.statistics as Table[];
    expect(table!.threshold).toBe(5);
    expect(table!.columns).toHaveLength(12);
    expect(new Date(table!.asOf).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(table!.source).toMatch(/registry_case/);
    const cells = truth();
    const stockholm = table!.rows.find((r) => r.label === 'STOCKHOLM')!;
    const sydRow = table!.rows.find((r) => r.label === 'SYD')!;
    expect(stockholm.cells[2]).toEqual({ value: null, suppressed: true });
    expect(sydRow.cells[3]).toEqual({ value: null, suppressed: true });
    expect(table!.columnTotals![3]).toEqual({ value: null, suppressed: true }); // April's national total is SYD's 1
    const all: Cell[] = [...table!.rows.flatMap((r) => [...r.cells, r.total!]), ...table!.columnTotals!, table!.grandTotal!];
    for (const c of all) if (!c.suppressed) expect(c.value === 0 || c.value! >= 5).toBe(true);
    table!.rows.forEach((row, r) =>
      row.cells.forEach((c, m) => {
        if (!c.suppressed) expect(c.value).toBe(cells[r]![m]);
      }),
    );
  });

  it('no published total recovers a suppressed cell, for outsiders or for a region knowing its own cases', async () => {
    const [table] = (await ask(syd, ['CASES_OPENED'])).data?.statistics as Table[];
    const { table: linear, layout } = gridTable(truth(), 'ALL');
    const suppressed = new Array<boolean>(layout.size).fill(false);
    table!.rows.forEach((row, r) => {
      row.cells.forEach((c, m) => (suppressed[layout.cell(r, m)] = c.suppressed));
      suppressed[layout.rowTotal(r)!] = row.total!.suppressed;
    });
    table!.columnTotals!.forEach((c, m) => (suppressed[layout.columnTotal(m)] = c.suppressed));
    suppressed[layout.grandTotal()!] = table!.grandTotal!.suppressed;
    const regions = POLICE_REGIONS.map((name, r) => ({ name, knownCells: layout.rowCells(r) }));
    expect(audit(linear, suppressed, 5, [OUTSIDER, ...regions])).toEqual([]);
    const stockholmMarch = layout.cell(POLICE_REGIONS.indexOf('STOCKHOLM'), 2);
    expect(linearlyDerivable(linear, suppressed, stockholmMarch)).toBe(false);
    // The naive table (small cells hidden, totals shown) would have given it away.
    const naive = linear.values.map((v) => v > 0 && v < 5);
    expect(linearlyDerivable(linear, naive, stockholmMarch)).toBe(true);
  });

  it('placements, their median lead time, overrides and flags follow the same rules', async () => {
    const body = await ask(national, ['PLACEMENTS', 'PROPOSAL_TO_PLACEMENT_DAYS', 'FLAGS_BY_CODE', 'OVERRIDES']);
    expect(body.errors).toBeUndefined();
    const tables = body.data?.statistics as Table[];
    const sydMarch = (t: Table) => t.rows.find((r) => r.label === 'SYD')!.cells[2];
    const placements = tables.find((t) => t.measure === 'PLACEMENTS')!;
    expect(sydMarch(placements)).toEqual({ value: null, suppressed: true });
    expect(sydMarch(tables.find((t) => t.measure === 'PROPOSAL_TO_PLACEMENT_DAYS')!)).toEqual({ value: null, suppressed: true });
    const flagTables = tables.filter((t) => t.measure === 'FLAGS_BY_CODE');
    expect(flagTables.length).toBeGreaterThan(10);
    for (const t of [...flagTables, ...tables])
      for (const c of t.rows.flatMap((r) => r.cells)) expect(c.suppressed || c.value === null || c.value === 0 || c.value >= 5).toBe(true);
    // The SYD proposal's flags were tallied at submission (as SYD was shown them): each is a 1, so hidden.
    const tally = await db.query<{ code: string; proposals: number; region: string }>(
      'SELECT code, proposals, region FROM statistics_flag_tally',
    );
    expect(tally.rows.length).toBeGreaterThan(0);
    for (const row of tally.rows) {
      expect(row).toMatchObject({ proposals: 1, region: 'SYD' });
      expect(sydMarch(flagTables.find((t) => t.category === row.code)!)).toEqual({ value: null, suppressed: true });
    }
    const untallied = flagTables.filter((t) => !tally.rows.some((r) => r.code === t.category));
    for (const t of untallied) expect(t.grandTotal).toEqual({ value: 0, suppressed: false });
  });

  it('answers the same for a month whatever the period, and region totals for a whole completed year only', async () => {
    const march = (await ask(national, ['CASES_OPENED'], { from: `${YEAR}-02`, to: `${YEAR}-04` })).data?.statistics[0] as Table;
    const year = (await ask(national, ['CASES_OPENED'])).data?.statistics[0] as Table;
    expect(march.rows.map((r) => r.cells)).toEqual(year.rows.map((r) => r.cells.slice(1, 4)));
    expect(march.rows.every((r) => r.total === null)).toBe(true);
    expect(march.grandTotal).toBeNull();
    const regionsOnly = await ask(national, ['CASES_OPENED'], { from: `${YEAR}-02`, to: `${YEAR}-04` }, ['REGION']);
    expect(errorCodeOf(regionsOnly)).toBe('BAD_USER_INPUT');
    const byRegion = (await ask(national, ['CASES_OPENED'], wholeYear, ['REGION'])).data?.statistics[0] as Table;
    // The region totals of the whole year, as the region × month table publishes them: STOCKHOLM's 2 hidden.
    expect(byRegion.rows.map((r) => r.cells[0])).toEqual(year.rows.map((r) => r.total));
    expect(byRegion.rows.find((r) => r.label === 'STOCKHOLM')!.cells[0]).toEqual({ value: null, suppressed: true });
    expect(byRegion.columnTotals).toEqual([year.grandTotal]);
  });

  it('refuses the current month, a reversed or too long period, and callers who are not police', async () => {
    const thisMonth = todayInSweden().slice(0, 7);
    expect(errorCodeOf(await ask(national, ['CASES_OPENED'], { from: thisMonth, to: thisMonth }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await ask(national, ['CASES_OPENED'], { from: `${YEAR}-05`, to: `${YEAR}-04` }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await ask(national, ['CASES_OPENED'], { from: `${YEAR - 1}-01`, to: `${YEAR}-04` }))).toBe('BAD_USER_INPUT');
    const municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1280' }, { sub: 'malmo-statistics' });
    expect(errorCodeOf(await ask(municipality, ['CASES_OPENED']))).toBe('FORBIDDEN');
    const noPurpose = (await app.graphql(STATISTICS, { token: national, variables: { p: wholeYear, m: ['CASES_OPENED'] } })).body as Body;
    expect(errorCodeOf(noPurpose)).toBe('PURPOSE_REQUIRED');
  });

  it('is audited like every other read, with its purpose', async () => {
    await ask(syd, ['OVERRIDES']);
    const events = await db.query<{ action: string; purpose: string | null; outcome: string }>(
      `SELECT action, purpose, outcome FROM ${AUDIT_EVENT_ROWS} WHERE action = 'statistics' ORDER BY seq DESC LIMIT 1`,
    );
    expect(events.rows[0]).toMatchObject({ action: 'statistics', outcome: 'ok' });
  });
});
