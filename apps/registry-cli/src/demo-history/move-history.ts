import type { PoliceRegion } from '@registry/geo';
import type { EntityManager } from 'typeorm';
import { layOutCase, regionStarts, type EventStage, type MovedEvent, type RecordedEvent } from './history-layout.js';

/**
 * The recorded timestamps statistics count from (docs/statistics.md), with `registry_case.closed_at` beside
 * its CLOSE transition. Nothing else moves: planned dates, the audit chain's own times and every other row
 * keep what the API recorded.
 */
const COLUMNS = [
  { table: 'registry_case', column: 'opened_at', caseColumn: 'id', stage: 'OPENED' },
  { table: 'registry_case', column: 'closed_at', caseColumn: 'id', stage: 'LATER' },
  { table: 'proposal', column: 'created_at', caseColumn: 'case_id', stage: 'PROPOSED' },
  { table: 'proposal', column: 'overridden_at', caseColumn: 'case_id', stage: 'FOLLOWS' },
  { table: 'placement', column: 'created_at', caseColumn: 'case_id', stage: 'PLACED' },
  { table: 'case_transition', column: 'at', caseColumn: 'case_id', stage: 'FOLLOWS' },
  { table: 'case_follow_up', column: 'recorded_at', caseColumn: 'case_id', stage: 'LATER' },
] as const satisfies readonly { table: string; column: string; caseColumn: string; stage: EventStage }[];

export interface HistoryCounts {
  cases: number;
  proposals: number;
  overrides: number;
  placements: number;
  transitions: number;
  followUps: number;
  /** flag-tally rows after the move */
  tallyRows: number;
  /** regions whose proposals landed in more than one month: their tally went to the month of most of them */
  tallyApproximated: number;
}

export function countsLine(counts: HistoryCounts): string {
  return Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}

const ref = (table: string, column: string, id: string) => `${table}.${column}:${id}`;

/** Moves every case's recorded events into `window` (oldest month first) and the flag tally with them. */
export async function moveHistory(m: EntityManager, window: readonly string[]): Promise<HistoryCounts> {
  const regions = new Map<string, PoliceRegion>();
  for (const row of (await m.query('SELECT id, region FROM registry_case')) as { id: string; region: PoliceRegion }[])
    regions.set(row.id, row.region);
  const events = new Map<string, RecordedEvent[]>();
  const counts: Record<string, number> = {};
  for (const c of COLUMNS) {
    const rows = (await m.query(
      `SELECT id, ${c.caseColumn} AS case_id, ${c.column} AS at FROM ${c.table} WHERE ${c.column} IS NOT NULL`,
    )) as { id: string; case_id: string; at: Date }[];
    counts[ref(c.table, c.column, '')] = rows.length;
    for (const row of rows) {
      const list = events.get(row.case_id) ?? [];
      list.push({ ref: ref(c.table, c.column, row.id), at: row.at, stage: c.stage });
      events.set(row.case_id, list);
    }
  }
  const casesByRegion = new Map<PoliceRegion, number>();
  for (const region of regions.values()) casesByRegion.set(region, (casesByRegion.get(region) ?? 0) + 1);
  const starts = regionStarts(casesByRegion, window.length);
  const moved: MovedEvent[] = [];
  for (const [caseId, list] of events) moved.push(...layOutCase({ start: starts.get(regions.get(caseId)!)!, events: list }, window));
  for (const c of COLUMNS) {
    const prefix = ref(c.table, c.column, '');
    const mine = moved.filter((e) => e.ref.startsWith(prefix));
    if (mine.length === 0) continue;
    await m.query(
      `UPDATE ${c.table} t SET ${c.column} = v.local::timestamp AT TIME ZONE 'Europe/Stockholm'
         FROM unnest($1::uuid[], $2::text[]) AS v(id, local) WHERE t.id = v.id`,
      [mine.map((e) => e.ref.slice(prefix.length)), mine.map((e) => e.localTime)],
    );
  }
  const tally = await moveFlagTally(m, moved, regions);
  return {
    cases: regions.size,
    proposals: counts[ref('proposal', 'created_at', '')]!,
    overrides: counts[ref('proposal', 'overridden_at', '')]!,
    placements: counts[ref('placement', 'created_at', '')]!,
    transitions: counts[ref('case_transition', 'at', '')]!,
    followUps: counts[ref('case_follow_up', 'recorded_at', '')]!,
    ...tally,
  };
}

/**
 * The tally counts proposals by (region, month, flag code) and names no proposal, so it follows its region's
 * proposals as a whole: every tally row of a region goes to the month its proposals now lie in. The layout
 * puts a region's proposals in one month unless a case was proposed again after it was placed.
 */
async function moveFlagTally(
  m: EntityManager,
  moved: readonly MovedEvent[],
  regions: ReadonlyMap<string, PoliceRegion>,
): Promise<{ tallyRows: number; tallyApproximated: number }> {
  const proposalCase = new Map(
    ((await m.query('SELECT id, case_id FROM proposal')) as { id: string; case_id: string }[]).map((r) => [r.id, r.case_id]),
  );
  const monthsByRegion = new Map<PoliceRegion, Map<string, number>>();
  const prefix = ref('proposal', 'created_at', '');
  for (const event of moved) {
    if (!event.ref.startsWith(prefix)) continue;
    const region = regions.get(proposalCase.get(event.ref.slice(prefix.length))!)!;
    const months = monthsByRegion.get(region) ?? new Map<string, number>();
    months.set(event.month, (months.get(event.month) ?? 0) + 1);
    monthsByRegion.set(region, months);
  }
  let approximated = 0;
  const target = new Map<PoliceRegion, string>();
  for (const [region, months] of monthsByRegion) {
    if (months.size > 1) approximated++;
    // The month with most of the region's proposals; the earliest of equals.
    target.set(region, [...months].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  const regionList = [...target.keys()];
  await m.query(
    `WITH old AS (DELETE FROM statistics_flag_tally WHERE region = ANY($1::text[]) RETURNING region, code, proposals)
     INSERT INTO statistics_flag_tally (region, month, code, proposals)
     SELECT old.region, t.month, old.code, sum(old.proposals)
       FROM old JOIN unnest($1::text[], $2::text[]) AS t(region, month) ON t.region = old.region
      GROUP BY old.region, t.month, old.code`,
    [regionList, regionList.map((r) => target.get(r)!)],
  );
  const [{ n }] = (await m.query('SELECT count(*)::int AS n FROM statistics_flag_tally')) as [{ n: number }];
  return { tallyRows: n, tallyApproximated: approximated };
}
