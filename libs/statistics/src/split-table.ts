import { suppressTable, type SuppressionResult } from './cell-suppression.js';
import type { FigureEquation, LinearCountTable } from './count-table.js';
import type { Reader } from './disclosure-audit.js';

/** Where a region × month table's figures sit, whatever table holds them (GridLayout is one). */
export interface GridView {
  readonly rows: number;
  readonly columns: number;
  cell(r: number, c: number): number;
  columnTotal(c: number): number;
  /** undefined where the table publishes no region totals */
  rowTotal(r: number): number | undefined;
  grandTotal(): number | undefined;
}

/**
 * A region × month table (placements) split into categories (housing types): one region × month table per
 * category whose cells add up to the whole table's cells. The figures, in `values` order: the category cells
 * [k][r][c] (the interior), the whole table's cells [r][c], the category month totals [k][c], the month
 * totals [c], and for a completed year the region totals [r] and the grand total. Category tables publish
 * month totals only: a category's region or year totals would link months across categories and regions at
 * once (a three-way table with every two-way margin), whose bounds are no longer integral, so the audit could
 * not be exact. Without them the figures' supports form two laminar families (cell ⊂ region total ⊂ grand
 * total; category month total ⊂ month total), whose incidence matrix is totally unimodular: the real bounds
 * the audit computes are the integer bounds.
 */
export class SplitLayout {
  constructor(
    readonly categories: number,
    readonly rows: number,
    readonly columns: number,
    readonly complete: boolean,
  ) {}

  private get interior(): number {
    return this.categories * this.rows * this.columns;
  }
  categoryCell(k: number, r: number, c: number): number {
    return (k * this.rows + r) * this.columns + c;
  }
  wholeCell(r: number, c: number): number {
    return this.interior + r * this.columns + c;
  }
  categoryMonthTotal(k: number, c: number): number {
    return this.interior + this.rows * this.columns + k * this.columns + c;
  }
  monthTotal(c: number): number {
    return this.interior + (this.rows + this.categories) * this.columns + c;
  }
  regionTotal(r: number): number | undefined {
    return this.complete ? this.interior + (this.rows + this.categories + 1) * this.columns + r : undefined;
  }
  grandTotal(): number | undefined {
    return this.complete ? this.interior + (this.rows + this.categories + 1) * this.columns + this.rows : undefined;
  }
  get size(): number {
    return this.interior + (this.rows + this.categories + 1) * this.columns + (this.complete ? this.rows + 1 : 0);
  }
  /** every category cell of one region: what that police region already knows */
  regionCells(r: number): number[] {
    return Array.from({ length: this.categories * this.columns }, (_, i) =>
      this.categoryCell(Math.floor(i / this.columns), r, i % this.columns),
    );
  }
  /** the unsplit table, as a region × month grid */
  whole(): GridView {
    return {
      rows: this.rows,
      columns: this.columns,
      cell: (r, c) => this.wholeCell(r, c),
      columnTotal: (c) => this.monthTotal(c),
      rowTotal: (r) => this.regionTotal(r),
      grandTotal: () => this.grandTotal(),
    };
  }
  /** one category's region × month grid: its month totals, no region or grand total */
  category(k: number): GridView {
    return {
      rows: this.rows,
      columns: this.columns,
      cell: (r, c) => this.categoryCell(k, r, c),
      columnTotal: (c) => this.categoryMonthTotal(k, c),
      rowTotal: () => undefined,
      grandTotal: () => undefined,
    };
  }
}

/** `cells[k][r][c]`: category k, region r, month c. */
export function splitTable(
  cells: readonly (readonly (readonly number[])[])[],
  complete: boolean,
): { table: LinearCountTable; layout: SplitLayout } {
  const categories = cells.length;
  const rows = cells[0]?.length ?? 0;
  const columns = cells[0]?.[0]?.length ?? 0;
  for (const category of cells) {
    if (category.length !== rows) throw new Error('every category needs the same regions');
    for (const row of category) {
      if (row.length !== columns) throw new Error('every row needs the same number of columns');
      for (const v of row) if (!Number.isInteger(v) || v < 0) throw new Error('counts are non-negative integers');
    }
  }
  const layout = new SplitLayout(categories, rows, columns, complete);
  const values = new Array<number>(layout.size).fill(0);
  const support: number[][] = Array.from({ length: layout.size }, () => []);
  const equations: FigureEquation[] = [];
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const define = (figure: number, parts: number[]) => {
    values[figure] = parts.reduce((s, p) => s + values[p]!, 0);
    support[figure] = [...new Set(parts.flatMap((p) => support[p]!))].sort((a, b) => a - b);
    equations.push({ total: figure, parts });
  };
  for (const k of range(categories))
    for (const r of range(rows))
      for (const c of range(columns)) {
        const f = layout.categoryCell(k, r, c);
        values[f] = cells[k]![r]![c]!;
        support[f] = [f];
      }
  for (const r of range(rows))
    for (const c of range(columns))
      define(
        layout.wholeCell(r, c),
        range(categories).map((k) => layout.categoryCell(k, r, c)),
      );
  for (const k of range(categories))
    for (const c of range(columns))
      define(
        layout.categoryMonthTotal(k, c),
        range(rows).map((r) => layout.categoryCell(k, r, c)),
      );
  for (const c of range(columns)) {
    define(
      layout.monthTotal(c),
      range(rows).map((r) => layout.wholeCell(r, c)),
    );
    // The month total is also the sum of its categories' month totals.
    equations.push({ total: layout.monthTotal(c), parts: range(categories).map((k) => layout.categoryMonthTotal(k, c)) });
  }
  if (complete) {
    for (const r of range(rows))
      define(
        layout.regionTotal(r)!,
        range(columns).map((c) => layout.wholeCell(r, c)),
      );
    define(
      layout.grandTotal()!,
      range(rows).map((r) => layout.regionTotal(r)!),
    );
    equations.push({ total: layout.grandTotal()!, parts: range(columns).map((c) => layout.monthTotal(c)) });
  }
  return { table: { values, interiorCount: categories * rows * columns, equations, support }, layout };
}

export interface SuppressedSplit extends SuppressionResult {
  table: LinearCountTable;
  layout: SplitLayout;
}

/**
 * The split table of one calendar year, suppressed as one: the whole table and its categories are linked by
 * equations, so suppressing them one at a time would let the categories' published cells give away a hidden
 * cell of the whole (or the reverse). As with suppressYearGrid, a running year publishes month totals only,
 * and a completed year keeps the running year's pattern, adding region totals and the grand total of the
 * whole table, which are the only figures left to hide if the new totals would give something away.
 */
export function suppressSplitYear(
  cells: readonly (readonly (readonly number[])[])[],
  yearComplete: boolean,
  threshold: number,
): SuppressedSplit {
  const insiders = (layout: SplitLayout): Reader[] =>
    Array.from({ length: layout.rows }, (_, r) => ({ name: `row ${r}`, knownCells: layout.regionCells(r) }));
  const running = splitTable(cells, false);
  const monthly = suppressTable(running.table, { threshold, insiders: insiders(running.layout) });
  if (!yearComplete) return { ...running, ...monthly };
  const full = splitTable(cells, true);
  // The running table's figures come first in the complete one, in the same places.
  const carried = (from: readonly boolean[]) =>
    Array.from({ length: full.layout.size }, (_, i) => (i < running.layout.size ? from[i]! : false));
  const result = suppressTable(full.table, {
    threshold,
    insiders: insiders(full.layout),
    seed: carried(monthly.suppressed),
    alreadyPublic: carried(monthly.suppressed.map((s) => !s)),
  });
  return { ...full, ...result };
}
