import type { EntityManager } from 'typeorm';
import { FLAG_CODES, HOUSING_TYPES } from '@registry/checker';
import { CLOSURE_REASONS, FOLLOW_UP_OUTCOMES } from '../lifecycle/case-stages.js';
import type { PoliceRegion } from '@registry/geo';

/** Swedish calendar month of a timestamp column, in SQL. */
const MONTH_OF = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM')`;

/** One count: how many of a measure's events a region had in a month (in one category, if it has them). */
export interface CountRow {
  region: PoliceRegion;
  month: string;
  category: string | null;
  n: number;
}

/** One duration behind a median: the region and month of the event and its length in days. */
export interface DurationRow {
  region: PoliceRegion;
  month: string;
  days: number;
}

interface MeasureBase {
  id: string;
  /** what the figures are counted from: plain columns only, never a sealed value, never a municipality */
  source: string;
}

export interface CountMeasure extends MeasureBase {
  kind: 'COUNT';
  /** a measure split into categories (a flag code…) gives one table per category */
  categories?: readonly string[];
  /**
   * For a measure whose categories split another published measure (housing types split placements): that
   * measure's id. The two are suppressed as one table (libs/statistics split-table.ts); the split measure's
   * tables publish month totals only.
   */
  splits?: string;
  counts(m: EntityManager, from: string, to: string): Promise<CountRow[]>;
}

export interface MedianMeasure extends MeasureBase {
  kind: 'MEDIAN_DAYS';
  /** the count measure whose suppression decides where a median may be shown (the group behind it) */
  groupCount: string;
  durations(m: EntityManager, from: string, to: string): Promise<DurationRow[]>;
}

export type Measure = CountMeasure | MedianMeasure;

const byRegionAndMonth = async (m: EntityManager, sql: string, from: string, to: string): Promise<CountRow[]> =>
  ((await m.query(sql, [from, to])) as { region: PoliceRegion; month: string; category: string | null; n: string }[]).map((r) => ({
    ...r,
    category: r.category ?? null,
    n: Number(r.n),
  }));

/** Adds up a split measure's categories: the whole measure, counted from the same rows. */
const wholeOf = (rows: readonly CountRow[]): CountRow[] => {
  const sums = new Map<string, CountRow>();
  for (const r of rows) {
    const key = `${r.region} ${r.month}`;
    const sum = sums.get(key) ?? { region: r.region, month: r.month, category: null, n: 0 };
    sum.n += r.n;
    sums.set(key, sum);
  }
  return [...sums.values()];
};

const placementsByHousingType = (m: EntityManager, from: string, to: string) =>
  byRegionAndMonth(
    m,
    `SELECT c.region, ${MONTH_OF('p.created_at')} AS month, p.housing_type AS category, count(*) AS n
     FROM placement p JOIN registry_case c ON c.id = p.case_id
     WHERE ${MONTH_OF('p.created_at')} BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
    from,
    to,
  );

/**
 * The measures, by name. A measure plugs in with its source and its SQL. Housing types split placements,
 * whose table is published too: the two are suppressed as one table (`splits`). Placement end reasons and a
 * second split of follow-ups (housing, income) would be linked the same way and are not published yet
 * (docs/statistics.md). Every measure groups by police region and month and by nothing finer: never a
 * municipality.
 */
export const MEASURES: readonly Measure[] = [
  {
    id: 'CASES_OPENED',
    kind: 'COUNT',
    source: 'registry_case: region, opened_at (the month a case was opened, Swedish time)',
    counts: (m, from, to) =>
      byRegionAndMonth(
        m,
        `SELECT region, ${MONTH_OF('opened_at')} AS month, NULL AS category, count(*) AS n FROM registry_case
         WHERE ${MONTH_OF('opened_at')} BETWEEN $1 AND $2 GROUP BY 1, 2`,
        from,
        to,
      ),
  },
  {
    id: 'PLACEMENTS',
    kind: 'COUNT',
    source:
      'placement: created_at (the month a placement was confirmed, Swedish time); registry_case: region; suppressed together with HOUSING_TYPES, which splits it',
    counts: async (m, from, to) => wholeOf(await placementsByHousingType(m, from, to)),
  },
  {
    id: 'HOUSING_TYPES',
    kind: 'COUNT',
    categories: HOUSING_TYPES,
    splits: 'PLACEMENTS',
    source:
      'placement: housing_type, created_at (the month confirmed, Swedish time); registry_case: region. One table per housing type, suppressed together with PLACEMENTS; month totals only, no region or year totals',
    counts: placementsByHousingType,
  },
  {
    id: 'PROPOSAL_TO_PLACEMENT_DAYS',
    kind: 'MEDIAN_DAYS',
    groupCount: 'PLACEMENTS',
    source: 'placement.created_at − proposal.created_at in whole days, median; shown only where the PLACEMENTS count is shown',
    durations: async (m, from, to) =>
      (
        (await m.query(
          `SELECT c.region, ${MONTH_OF('p.created_at')} AS month,
                floor(extract(epoch FROM (p.created_at - q.created_at)) / 86400) AS days
         FROM placement p JOIN proposal q ON q.id = p.proposal_id JOIN registry_case c ON c.id = p.case_id
         WHERE ${MONTH_OF('p.created_at')} BETWEEN $1 AND $2`,
          [from, to],
        )) as { region: PoliceRegion; month: string; days: string }[]
      ).map((r) => ({ ...r, days: Math.max(0, Number(r.days)) })),
  },
  {
    id: 'OVERRIDES',
    kind: 'COUNT',
    source: 'proposal: overridden_at (the month national coordination overrode a blocking check, Swedish time); registry_case: region',
    counts: (m, from, to) =>
      byRegionAndMonth(
        m,
        `SELECT c.region, ${MONTH_OF('q.overridden_at')} AS month, NULL AS category, count(*) AS n
         FROM proposal q JOIN registry_case c ON c.id = q.case_id
         WHERE q.overridden_at IS NOT NULL AND ${MONTH_OF('q.overridden_at')} BETWEEN $1 AND $2 GROUP BY 1, 2`,
        from,
        to,
      ),
  },
  {
    id: 'CLOSURES_BY_REASON',
    kind: 'COUNT',
    categories: CLOSURE_REASONS,
    source:
      'case_transition: closures (kind CLOSE) by closure reason, the month closed (Swedish time) and the case region; kept since migration 1732300018000 (earlier closures have no reason and are not counted); a case closed again after reopening counts again',
    counts: (m, from, to) =>
      byRegionAndMonth(
        m,
        `SELECT c.region, ${MONTH_OF('t.at')} AS month, t.closure_reason AS category, count(*) AS n
         FROM case_transition t JOIN registry_case c ON c.id = t.case_id
         WHERE t.kind = 'CLOSE' AND ${MONTH_OF('t.at')} BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
        from,
        to,
      ),
  },
  {
    id: 'FOLLOW_UP_OUTCOMES',
    kind: 'COUNT',
    categories: FOLLOW_UP_OUTCOMES,
    source: 'case_follow_up: recorded follow-ups by outcome, the month recorded (recorded_at, Swedish time) and the case region',
    counts: (m, from, to) =>
      byRegionAndMonth(
        m,
        `SELECT c.region, ${MONTH_OF('f.recorded_at')} AS month, f.outcome AS category, count(*) AS n
         FROM case_follow_up f JOIN registry_case c ON c.id = f.case_id
         WHERE f.recorded_at IS NOT NULL AND ${MONTH_OF('f.recorded_at')} BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
        from,
        to,
      ),
  },
  {
    id: 'FLAGS_BY_CODE',
    kind: 'COUNT',
    categories: FLAG_CODES,
    source:
      'statistics_flag_tally: proposals whose check at submission raised the code, as the case region was shown it (kept since migration 1732300015000; earlier checks are sealed and not counted)',
    counts: (m, from, to) =>
      byRegionAndMonth(
        m,
        `SELECT region, month, code AS category, proposals AS n FROM statistics_flag_tally WHERE month BETWEEN $1 AND $2`,
        from,
        to,
      ),
  },
];

export const MEASURE_IDS = MEASURES.map((m) => m.id);

/** How many tables asking for every measure gives: one per category of a measure split into categories. */
export const MAX_TABLE_COUNT = MEASURES.reduce((n, m) => n + (m.kind === 'COUNT' && m.categories ? m.categories.length : 1), 0);

export function measureNamed(id: string): Measure {
  const measure = MEASURES.find((m) => m.id === id);
  if (!measure) throw new Error(`no measure ${id}`);
  return measure;
}
