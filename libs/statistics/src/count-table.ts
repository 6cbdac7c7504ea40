/**
 * A count table as the suppression works on it: every figure that could be published (interior cells and
 * totals) is one entry of `values`, each total is tied to its parts by an equation, and each figure knows
 * which interior cells it adds up (its support), so that what an insider already knows can be taken out.
 */
export interface FigureEquation {
  /** the figure that is the sum */
  total: number;
  /** the figures it sums */
  parts: readonly number[];
}

export interface LinearCountTable {
  /** every figure; the first `interiorCount` are interior cells */
  values: readonly number[];
  interiorCount: number;
  equations: readonly FigureEquation[];
  /** for each figure, the interior cells it adds up */
  support: readonly (readonly number[])[];
}

/**
 * Which totals a grid publishes. `ALL`: row totals, column totals and the grand total (a completed year).
 * `COLUMNS`: column totals only (a year still running, whose row totals would change every month).
 */
export type GridMargins = 'ALL' | 'COLUMNS';

/** Where each figure of an R×C grid sits in `values`: cells row-major, then column totals, then row totals, then the grand total. */
export class GridLayout {
  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly margins: GridMargins,
  ) {}

  cell(r: number, c: number): number {
    return r * this.columns + c;
  }
  columnTotal(c: number): number {
    return this.rows * this.columns + c;
  }
  rowTotal(r: number): number | undefined {
    return this.margins === 'ALL' ? this.rows * this.columns + this.columns + r : undefined;
  }
  grandTotal(): number | undefined {
    return this.margins === 'ALL' ? this.rows * this.columns + this.columns + this.rows : undefined;
  }
  get size(): number {
    return this.rows * this.columns + this.columns + (this.margins === 'ALL' ? this.rows + 1 : 0);
  }
  /** the interior cells of one row: what the police region of that row already knows */
  rowCells(r: number): number[] {
    return Array.from({ length: this.columns }, (_, c) => this.cell(r, c));
  }
}

export function gridTable(cells: readonly (readonly number[])[], margins: GridMargins): { table: LinearCountTable; layout: GridLayout } {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columns) throw new Error('every row needs the same number of columns');
    for (const v of row) if (!Number.isInteger(v) || v < 0) throw new Error('counts are non-negative integers');
  }
  const layout = new GridLayout(rows, columns, margins);
  const values = new Array<number>(layout.size).fill(0);
  const support: number[][] = Array.from({ length: layout.size }, () => []);
  const equations: FigureEquation[] = [];
  const rowRange = Array.from({ length: rows }, (_, r) => r);
  const columnRange = Array.from({ length: columns }, (_, c) => c);
  for (const r of rowRange)
    for (const c of columnRange) {
      values[layout.cell(r, c)] = cells[r]![c]!;
      support[layout.cell(r, c)] = [layout.cell(r, c)];
    }
  for (const c of columnRange) {
    const parts = rowRange.map((r) => layout.cell(r, c));
    values[layout.columnTotal(c)] = parts.reduce((s, i) => s + values[i]!, 0);
    support[layout.columnTotal(c)] = parts;
    equations.push({ total: layout.columnTotal(c), parts });
  }
  if (margins === 'ALL') {
    for (const r of rowRange) {
      const parts = layout.rowCells(r);
      values[layout.rowTotal(r)!] = parts.reduce((s, i) => s + values[i]!, 0);
      support[layout.rowTotal(r)!] = parts;
      equations.push({ total: layout.rowTotal(r)!, parts });
    }
    const grand = layout.grandTotal()!;
    values[grand] = values.slice(0, rows * columns).reduce((s, v) => s + v, 0);
    support[grand] = Array.from({ length: rows * columns }, (_, i) => i);
    equations.push({ total: grand, parts: rowRange.map((r) => layout.rowTotal(r)!) });
    equations.push({ total: grand, parts: columnRange.map((c) => layout.columnTotal(c)) });
  }
  return { table: { values, interiorCount: rows * columns, equations, support }, layout };
}
