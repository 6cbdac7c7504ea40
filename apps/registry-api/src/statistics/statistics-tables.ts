import { median, suppressYearGrid, type SuppressedGrid } from '@registry/statistics';
import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
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
  counts: number[][];
  grid: SuppressedGrid;
}

export function yearGrid(year: number, lastComplete: Month, rows: readonly CountRow[], threshold: number): YearGrid {
  const lastIndex = Math.min(monthIndex(`${year}-12`), monthIndex(lastComplete));
  const months = Array.from({ length: lastIndex - monthIndex(`${year}-01`) + 1 }, (_, i) => monthOf(monthIndex(`${year}-01`) + i));
  const counts = POLICE_REGIONS.map(() => months.map(() => 0));
  for (const r of rows) {
    const c = months.indexOf(r.month);
    const regionRow = POLICE_REGIONS.indexOf(r.region);
    if (c >= 0 && regionRow >= 0) counts[regionRow]![c]! += r.n;
  }
  const complete = months.length === 12;
  return { year, months, complete, counts, grid: suppressYearGrid(counts, complete, threshold) };
}

const shown = (value: number | null): StatisticsCell => ({ value, suppressed: false });
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
  const regionTotal = (region: PoliceRegion) =>
    wholeYear
      ? cell(wholeYear, wholeYear.grid.layout.rowTotal(POLICE_REGIONS.indexOf(region))!, (d) => inYear(wholeYear)(d) && d.region === region)
      : null;
  const grandTotal = wholeYear ? cell(wholeYear, wholeYear.grid.layout.grandTotal()!, inYear(wholeYear)) : null;

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
      columnTotals: wholeYear ? POLICE_REGIONS.map((r) => regionTotal(r)!) : null,
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
    rows: POLICE_REGIONS.map((region) => ({ label: region, cells: [regionTotal(region)!], total: null })),
    columnTotals: grandTotal ? [grandTotal] : null,
  };
}
