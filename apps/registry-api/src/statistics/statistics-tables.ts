import { median, suppressSplitYear, suppressYearGrid, type GridView, type LinearCountTable } from '@registry/statistics';
import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
import { LRUCache } from 'lru-cache';
import { BadUserInputError } from '../common/errors.js';
import type { CountRow, DurationRow } from './measures.js';
import { StatisticsDimension, StatisticsUnit, type StatisticsCell, type StatisticsTable } from './models/statistics.models.js';
import { monthIndex, monthOf, type Month } from './statistics-period.js';

/**
 * Tables are cut from canonical ones: one region × month grid per calendar year, suppressed once
 * (see suppressYearGrid), so every question about a month is answered with the same pattern and no two
 * answers can be set against each other. Region totals and the grand total exist only for a completed
 * year and are published only when the question is that whole year: a total over any other run of
 * months would differ from a neighbouring question's by exactly the cells suppression hides.
 */
export interface YearGrid {
  year: number;
  /** the months of the year the grid holds (January to the last completed one) */
  months: Month[];
  complete: boolean;
  /** the suppressed table the grid's figures are in, and where they are */
  grid: { layout: GridView; table: LinearCountTable; suppressed: readonly boolean[] };
}

/** The months of `year` that have ended by `lastComplete`. */
function monthsOf(year: number, lastComplete: Month): Month[] {
  const lastIndex = Math.min(monthIndex(`${year}-12`), monthIndex(lastComplete));
  return Array.from({ length: lastIndex - monthIndex(`${year}-01`) + 1 }, (_, i) => monthOf(monthIndex(`${year}-01`) + i));
}

/** Region × month counts of the rows that fall in `months`. */
function countGrid(months: readonly Month[], rows: readonly CountRow[]): number[][] {
  const counts = POLICE_REGIONS.map(() => months.map(() => 0));
  for (const r of rows) {
    const c = months.indexOf(r.month);
    const regionRow = POLICE_REGIONS.indexOf(r.region);
    if (c >= 0 && regionRow >= 0) counts[regionRow]![c]! += r.n;
  }
  return counts;
}

/**
 * Suppression is deterministic and costs up to seconds of CPU for a large split table (npm run
 * bench:statistics), while a completed month's counts never change: the same counts get the same pattern
 * from here, without solving again. Keyed by the counts themselves, so a change in the register is a new key.
 */
const suppressed = new LRUCache<string, object>({ max: 256 });
function remembered<T extends object>(key: unknown[], suppress: () => T): T {
  const k = JSON.stringify(key);
  const hit = suppressed.get(k) as T | undefined;
  if (hit) return hit;
  const result = suppress();
  suppressed.set(k, result);
  return result;
}

export function yearGrid(year: number, lastComplete: Month, rows: readonly CountRow[], threshold: number): YearGrid {
  const months = monthsOf(year, lastComplete);
  const complete = months.length === 12;
  const counts = countGrid(months, rows);
  return {
    year,
    months,
    complete,
    grid: remembered(['grid', counts, complete, threshold], () => suppressYearGrid(counts, complete, threshold)),
  };
}

/**
 * The grids of a measure split into categories and of the whole it splits (placements by housing type),
 * suppressed as one table: each category's cells add up to the whole's, so they can only be protected
 * together. The category grids publish month totals only.
 */
export function splitYearGrids(
  year: number,
  lastComplete: Month,
  rows: readonly CountRow[],
  categories: readonly string[],
  threshold: number,
): { whole: YearGrid; byCategory: Map<string, YearGrid> } {
  const months = monthsOf(year, lastComplete);
  const complete = months.length === 12;
  const split = suppressSplitYear(
    categories.map((category) =>
      countGrid(
        months,
        rows.filter((r) => r.category === category),
      ),
    ),
    complete,
    threshold,
  );
  const grid = (layout: GridView): YearGrid => ({
    year,
    months,
    complete,
    grid: { layout, table: split.table, suppressed: split.suppressed },
  });
  return {
    whole: grid(split.layout.whole()),
    byCategory: new Map(categories.map((category, k) => [category, grid(split.layout.category(k))])),
  };
}

const shown = (value: number | null): StatisticsCell => ({ value, suppressed: false });
/** Suppressed, or (a split measure's region total) never published: shown "–" either way. */
const hidden: StatisticsCell = { value: null, suppressed: true };

/** What a count grid publishes, figure by figure. */
function countCell(g: YearGrid, figure: number): StatisticsCell {
  return g.grid.suppressed[figure] ? hidden : shown(g.grid.table.values[figure]!);
}

/** A median is shown only where the count of its group is: the median of a hidden group would tell that it is not small. */
function medianCell(g: YearGrid, figure: number, durations: readonly DurationRow[]): StatisticsCell {
  if (g.grid.suppressed[figure]) return hidden;
  return shown(median(durations.map((d) => d.days)) ?? null);
}

export interface TableRequest {
  measure: string;
  category: string | null;
  unit: StatisticsUnit;
  months: Month[];
  groupBy: StatisticsDimension[];
  threshold: number;
  asOf: Date;
  source: string;
}

/**
 * Lays out one table from the year grids of its measure (for a median: the grids of its group count, and
 * the durations behind each figure).
 */
export function layoutTable(
  request: TableRequest,
  grids: ReadonlyMap<number, YearGrid>,
  durations?: readonly DurationRow[],
): StatisticsTable {
  const [first, second] = request.groupBy;
  if (!first || request.groupBy.length > 2 || first === second) throw new BadUserInputError('groupBy is REGION, MONTH, or both, each once');
  const years = new Set(request.months.map((m) => Number(m.slice(0, 4))));
  const onlyYear = years.size === 1 ? grids.get([...years][0]!) : undefined;
  const wholeYear = onlyYear?.complete === true && request.months.length === 12 ? onlyYear : undefined;
  if (first === StatisticsDimension.REGION && !second && !wholeYear)
    throw new BadUserInputError('region totals are published for one whole, completed calendar year (period January to December)');

  const at = (month: Month) => {
    const g = grids.get(Number(month.slice(0, 4)))!;
    return { g, c: g.months.indexOf(month) };
  };
  const cell = (g: YearGrid, figure: number, select: (d: DurationRow) => boolean): StatisticsCell =>
    request.unit === StatisticsUnit.COUNT ? countCell(g, figure) : medianCell(g, figure, (durations ?? []).filter(select));
  const inYear = (g: YearGrid) => (d: DurationRow) => d.month.startsWith(`${g.year}-`);

  const regionMonth = (region: PoliceRegion, month: Month) => {
    const { g, c } = at(month);
    return cell(g, g.grid.layout.cell(POLICE_REGIONS.indexOf(region), c), (d) => d.region === region && d.month === month);
  };
  const monthTotal = (month: Month) => {
    const { g, c } = at(month);
    return cell(g, g.grid.layout.columnTotal(c), (d) => d.month === month);
  };
  // A split measure's grids have no region or grand totals even for a whole year.
  const regionFigure = (region: PoliceRegion) => wholeYear?.grid.layout.rowTotal(POLICE_REGIONS.indexOf(region));
  const regionTotal = (region: PoliceRegion) => {
    const figure = regionFigure(region);
    return wholeYear && figure !== undefined ? cell(wholeYear, figure, (d) => inYear(wholeYear)(d) && d.region === region) : null;
  };
  const grandFigure = wholeYear?.grid.layout.grandTotal();
  const grandTotal = wholeYear && grandFigure !== undefined ? cell(wholeYear, grandFigure, inYear(wholeYear)) : null;
  const regionTotalsPublished = wholeYear !== undefined && regionFigure(POLICE_REGIONS[0]) !== undefined;

  const base = {
    measure: request.measure,
    category: request.category,
    unit: request.unit,
    threshold: request.threshold,
    asOf: request.asOf,
    source: request.source,
    grandTotal,
  };
  if (first === StatisticsDimension.REGION && second === StatisticsDimension.MONTH)
    return {
      ...base,
      rowDimension: first,
      columnDimension: second,
      columns: request.months,
      rows: POLICE_REGIONS.map((region) => ({
        label: region,
        cells: request.months.map((m) => regionMonth(region, m)),
        total: regionTotal(region),
      })),
      columnTotals: request.months.map(monthTotal),
    };
  if (first === StatisticsDimension.MONTH && second === StatisticsDimension.REGION)
    return {
      ...base,
      rowDimension: first,
      columnDimension: second,
      columns: [...POLICE_REGIONS],
      rows: request.months.map((month) => ({
        label: month,
        cells: POLICE_REGIONS.map((r) => regionMonth(r, month)),
        total: monthTotal(month),
      })),
      columnTotals: regionTotalsPublished ? POLICE_REGIONS.map((r) => regionTotal(r)!) : null,
    };
  if (first === StatisticsDimension.MONTH)
    return {
      ...base,
      rowDimension: first,
      columnDimension: null,
      columns: [request.measure],
      rows: request.months.map((month) => ({ label: month, cells: [monthTotal(month)], total: null })),
      columnTotals: grandTotal ? [grandTotal] : null,
    };
  return {
    ...base,
    rowDimension: first,
    columnDimension: null,
    columns: [request.measure],
    rows: POLICE_REGIONS.map((region) => ({ label: region, cells: [regionTotal(region) ?? hidden], total: null })),
    columnTotals: grandTotal ? [grandTotal] : null,
  };
}
