import { gridTable, type GridLayout, type GridMargins, type LinearCountTable } from './count-table.js';
import { audit, OUTSIDER, type Reader } from './disclosure-audit.js';

/** Groups are small (6 to 35 a programme): counts under about 5–10 can point at a person (docs/DOMAIN.md). */
export const DEFAULT_THRESHOLD = 5;

export interface SuppressionOptions {
  threshold: number;
  /** readers who know some cells already (each police region its own row); the outsider is always audited */
  insiders?: readonly Reader[];
  /** figures already suppressed by an earlier publication, which must stay suppressed */
  seed?: readonly boolean[];
  /** figures an earlier publication already made public: no use as complementary suppressions */
  alreadyPublic?: readonly boolean[];
}

export interface SuppressionResult {
  suppressed: boolean[];
  /** suppressed because the figure itself is small */
  primary: boolean[];
}

/**
 * Primary suppression: every figure with 0 < n < threshold, totals included (a small total is a small
 * count too). Zeros are published: a zero places no one in a cell, and publishing every zero is what lets
 * the audit (and any reader) assume that a suppressed figure is at least 1, which is the assumption the
 * protection is proven under. Zeros are never chosen as complementary suppressions for the same reason.
 */
export function primarySuppression(values: readonly number[], threshold: number): boolean[] {
  if (!Number.isInteger(threshold) || threshold < 2) throw new Error('the threshold is an integer of at least 2');
  return values.map((v) => v > 0 && v < threshold);
}

/**
 * Primary plus complementary suppression. Complementary figures are added one at a time, each time for
 * the first figure some reader can still narrow into [1, threshold − 1]: the smallest published non-zero
 * figure that shares an equation with it (interior cells before totals), widening to figures linked
 * through further equations when none does. It ends when no reader can narrow any figure; when there is
 * nothing left to suppress, every non-zero figure is suppressed, which is safe (see the property tests).
 */
export function suppressTable(table: LinearCountTable, options: SuppressionOptions): SuppressionResult {
  const { threshold } = options;
  const primary = primarySuppression(table.values, threshold);
  const suppressed = primary.map((p, i) => p || (options.seed?.[i] ?? false));
  const readers = [OUTSIDER, ...(options.insiders ?? [])];
  const byFigure = equationsByFigure(table);
  for (;;) {
    const [disclosure] = audit(table, suppressed, threshold, readers, { firstOnly: true });
    if (!disclosure) break;
    const reader = readers.find((r) => r.name === disclosure.reader)!;
    const complement = chooseComplement(table, byFigure, suppressed, options.alreadyPublic, new Set(reader.knownCells), disclosure.figure);
    if (complement === undefined) {
      // Nothing near is left: suppress every figure that may still be suppressed, then prove it once more.
      table.values.forEach((v, f) => {
        if (v > 0 && !options.alreadyPublic?.[f]) suppressed[f] = true;
      });
      if (audit(table, suppressed, threshold, readers, { firstOnly: true }).length > 0)
        throw new Error('no suppression pattern protects this table');
      break;
    }
    suppressed[complement] = true;
  }
  return { suppressed, primary };
}

function equationsByFigure(table: LinearCountTable): number[][] {
  const byFigure: number[][] = table.values.map(() => []);
  table.equations.forEach((eq, e) => {
    byFigure[eq.total]!.push(e);
    for (const p of eq.parts) byFigure[p]!.push(e);
  });
  return byFigure;
}

/** Breadth-first through the equations from the exposed figure: the nearest, smallest usable figure. */
function chooseComplement(
  table: LinearCountTable,
  byFigure: readonly number[][],
  suppressed: readonly boolean[],
  alreadyPublic: readonly boolean[] | undefined,
  knownToReader: ReadonlySet<number>,
  exposed: number,
): number | undefined {
  const usable = (f: number) => !suppressed[f] && table.values[f]! > 0 && !alreadyPublic?.[f] && !knownToReader.has(f);
  const seen = new Set<number>([exposed]);
  let frontier = [exposed];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const f of frontier)
      for (const e of byFigure[f]!) {
        const eq = table.equations[e]!;
        for (const g of [eq.total, ...eq.parts]) {
          if (seen.has(g)) continue;
          seen.add(g);
          next.push(g);
        }
      }
    const candidates = next.filter(usable);
    if (candidates.length > 0) {
      const interior = (f: number) => (f < table.interiorCount ? 0 : 1);
      candidates.sort((x, y) => table.values[x]! - table.values[y]! || interior(x) - interior(y) || x - y);
      return candidates[0];
    }
    frontier = next;
  }
  return undefined;
}

export interface SuppressedGrid {
  layout: GridLayout;
  table: LinearCountTable;
  suppressed: boolean[];
  primary: boolean[];
}

/**
 * A region × month table for one calendar year. While the year runs, only month (column) totals are
 * published, so each month is protected on its own and a month's pattern never changes as later months
 * arrive. When the year is complete, region totals and the grand total join; the year-to-date pattern is
 * kept (its published cells are already public) and only totals can become complementary suppressions,
 * so reading the year-to-date and the complete table together discloses nothing either.
 */
export function suppressYearGrid(cells: readonly (readonly number[])[], yearComplete: boolean, threshold: number): SuppressedGrid {
  const running = gridTable(cells, 'COLUMNS');
  const insiders = (layout: GridLayout) =>
    Array.from({ length: layout.rows }, (_, r) => ({ name: `row ${r}`, knownCells: layout.rowCells(r) }));
  const monthly = suppressTable(running.table, { threshold, insiders: insiders(running.layout) });
  if (!yearComplete) return { ...running, ...monthly };
  const full = gridTable(cells, 'ALL');
  const carried = (from: boolean[]) => Array.from({ length: full.layout.size }, (_, i) => (i < running.layout.size ? from[i]! : false));
  const seed = carried(monthly.suppressed);
  const alreadyPublic = carried(monthly.suppressed.map((s) => !s));
  const result = suppressTable(full.table, { threshold, insiders: insiders(full.layout), seed, alreadyPublic });
  return { ...full, ...result };
}

export type { GridMargins };
