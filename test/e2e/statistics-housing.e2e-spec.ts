import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { HOUSING_TYPES, addDays } from '@registry/checker';
import { POLICE_REGIONS } from '@registry/geo';
import { audit, linearlyDerivable, OUTSIDER, splitTable } from '@registry/statistics';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE } from '../support/graphql-answers.js';

// GraphQL answers are read field by field; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string }[] };
type Cell = { value: number | null; suppressed: boolean };
type Table = {
  measure: string;
  category: string | null;
  rows: { label: string; cells: Cell[]; total: Cell | null }[];
  columnTotals: Cell[] | null;
  grandTotal: Cell | null;
};

const YEAR = 2025;
const MARCH = 2;
/**
 * March's placements: NORD 6 (1 in protected housing, 5 in HVB), SYD 6 (1 and 5). Each table alone would
 * publish every figure of PLACEMENTS (6, 6, 12) and of HVB (5, 5, 10), hide protected housing's 1, 1, 2, and
 * NORD's 6 − 5 would give its protected housing placement away.
 */
const PLACED: { region: 'NORD' | 'SYD'; housingType: string; count: number }[] = [
  { region: 'NORD', housingType: 'PROTECTED_HOUSING', count: 1 },
  { region: 'NORD', housingType: 'HVB', count: 5 },
  { region: 'SYD', housingType: 'PROTECTED_HOUSING', count: 1 },
  { region: 'SYD', housingType: 'HVB', count: 5 },
];
const DESTINATIONS = ['0180', '1480', '1280', '0380', '0580', '1880', '2480', '0680', '1980', '2580', '0780', '2281'];
const TABLE = `{ measure category rows { label cells { value suppressed } total { value suppressed } } columnTotals { value suppressed } grandTotal { value suppressed } }`;
const STATISTICS = `query($p: StatisticsPeriodInput!, $g: [StatisticsDimension!], $m: [StatisticsMeasure!]) { statistics(period: $p, groupBy: $g, measures: $m) ${TABLE} }`;

describe('placements by housing type, suppressed together with placements, on the real database', () => {
  let app: TestApp;
  let db: pg.Client;
  let national: string;
  const purpose = 'AVH statistics test';
  const gql = async (query: string, variables: Record<string, unknown> = {}) =>
    (await app.graphql(query, { token: national, purpose, variables })).body as Body;
  const ask = async (groupBy = ['REGION', 'MONTH']) =>
    (await gql(STATISTICS, { p: { from: `${YEAR}-01`, to: `${YEAR}-12` }, g: groupBy, m: ['PLACEMENTS', 'HOUSING_TYPES'] })).data
      ?.statistics as Table[];

  beforeAll(async () => {
    app = await startTestApp();
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-statistician' });
    let n = 0;
    for (const group of PLACED)
      for (let i = 0; i < group.count; i++, n++) {
        const person = await gql('mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
          i: { kind: 'DEFECTOR', givenName: `Housing${n}`, familyName: 'Testperson' },
        });
        const opened = await gql('mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
          i: { region: group.region, homeMunicipalityCode: '1283', defectorId: person.data?.registerPerson.id, eligibility: ELIGIBLE },
        });
        const start = addDays(todayInSweden(), 30);
        const proposal = await gql('mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
          i: {
            caseId: opened.data?.openCase.id,
            municipalityCode: DESTINATIONS[n],
            housingType: group.housingType,
            startDate: start,
            endDate: addDays(start, 120),
          },
        });
        expect(proposal.errors).toBeUndefined();
        const proposalId = proposal.data?.submitProposal.id as string;
        if (proposal.data?.submitProposal.status === 'NOT_CLEARED')
          expect(
            (
              await gql('mutation($p: ID!, $j: String!) { overrideProposal(proposalId: $p, justification: $j) { status } }', {
                p: proposalId,
                j: 'Statistics test: an override recorded on purpose.',
              })
            ).errors,
          ).toBeUndefined();
        expect((await gql('mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposalId })).errors).toBeUndefined();
      }
    // The API records today; statistics publish completed months only, so the test moves the placements back.
    await db.query('UPDATE placement SET created_at = $1', [`${YEAR}-03-08T12:00:00Z`]);
    await db.query('UPDATE proposal SET created_at = $1', [`${YEAR}-03-01T12:00:00Z`]);
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  /** The truth, as `cells[housing type][region][month]`. */
  const truth = () => {
    const cells = HOUSING_TYPES.map(() => POLICE_REGIONS.map(() => Array.from({ length: 12 }, () => 0)));
    for (const g of PLACED) cells[HOUSING_TYPES.indexOf(g.housingType as never)]![POLICE_REGIONS.indexOf(g.region)]![MARCH]! += g.count;
    return cells;
  };

  it('gives one table per housing type beside placements, with month totals only, and what it publishes is true', async () => {
    const tables = await ask();
    const placements = tables.find((t) => t.measure === 'PLACEMENTS')!;
    const housing = tables.filter((t) => t.measure === 'HOUSING_TYPES');
    expect(housing.map((t) => t.category)).toEqual([...HOUSING_TYPES]);
    const cells = truth();
    for (const [k, t] of housing.entries()) {
      expect(t.grandTotal).toBeNull();
      expect(t.rows.every((r) => r.total === null)).toBe(true);
      t.rows.forEach((row, r) =>
        row.cells.forEach((c, m) => {
          if (!c.suppressed) expect(c.value).toBe(cells[k]![r]![m]);
          if (c.value !== null) expect(c.value === 0 || c.value >= 5).toBe(true);
        }),
      );
    }
    // A completed year: placements has its region totals and grand total, the grand total 12.
    expect(placements.grandTotal).toEqual({ value: 12, suppressed: false });
    expect(placements.rows.every((r) => r.total !== null)).toBe(true);
    // Region totals only: the housing type tables have none to give.
    const byRegion = await ask(['REGION']);
    for (const t of byRegion.filter((x) => x.measure === 'HOUSING_TYPES'))
      expect(t.rows.every((r) => r.cells[0]!.suppressed && r.cells[0]!.value === null)).toBe(true);
  });

  it('no figure of either table, read together, recovers a small count: for outsiders or a region knowing its own', async () => {
    const tables = await ask();
    const placements = tables.find((t) => t.measure === 'PLACEMENTS')!;
    const housing = tables.filter((t) => t.measure === 'HOUSING_TYPES');
    const { table, layout } = splitTable(truth(), true);
    const suppressed = new Array<boolean>(layout.size).fill(false);
    placements.rows.forEach((row, r) => {
      row.cells.forEach((c, m) => (suppressed[layout.wholeCell(r, m)] = c.suppressed));
      suppressed[layout.regionTotal(r)!] = row.total!.suppressed;
    });
    placements.columnTotals!.forEach((c, m) => (suppressed[layout.monthTotal(m)] = c.suppressed));
    suppressed[layout.grandTotal()!] = placements.grandTotal!.suppressed;
    housing.forEach((t, k) => {
      t.rows.forEach((row, r) => row.cells.forEach((c, m) => (suppressed[layout.categoryCell(k, r, m)] = c.suppressed)));
      t.columnTotals!.forEach((c, m) => (suppressed[layout.categoryMonthTotal(k, m)] = c.suppressed));
    });
    const regions = POLICE_REGIONS.map((name, r) => ({ name, knownCells: layout.regionCells(r) }));
    expect(audit(table, suppressed, 5, [OUTSIDER, ...regions])).toEqual([]);
    const nordProtected = layout.categoryCell(HOUSING_TYPES.indexOf('PROTECTED_HOUSING'), POLICE_REGIONS.indexOf('NORD'), MARCH);
    expect(linearlyDerivable(table, suppressed, nordProtected)).toBe(false);
    // Suppressing each table on its own (only its small figures here) would have given it away: 6 − 5.
    const eachAlone = table.values.map((v) => v > 0 && v < 5);
    expect(linearlyDerivable(table, eachAlone, nordProtected)).toBe(true);
  });
});
