/**
 * A small dense simplex for the disclosure audit: maximise c·y subject to A·y = b, y ≥ 0.
 *
 * The tables we audit are tiny (at most 7 regions × 12 months and their totals), so a dense tableau with
 * Bland's rule (which cannot cycle on the many degenerate pivots these 0/±1 systems produce) is fast enough
 * and easy to check. No LP package is installed in the repository; this one file is the whole solver.
 */
const EPS = 1e-9;

export type Optimum = { kind: 'optimal'; value: number } | { kind: 'unbounded' };

/** The feasible region {y ≥ 0 : A·y = b} with a feasible basis found once (phase 1), reused per objective. */
export class EqualityPolytope {
  private constructor(
    private readonly tableau: number[][],
    private readonly basis: number[],
    private readonly variables: number,
    private readonly width: number,
  ) {}

  /** Phase 1; undefined when the system has no non-negative solution. */
  static of(a: readonly (readonly number[])[], b: readonly number[], variables: number): EqualityPolytope | undefined {
    const m = a.length;
    const width = variables + m + 1;
    const tableau = a.map((row, i) => {
      const sign = b[i]! < 0 ? -1 : 1;
      const line = new Array<number>(width).fill(0);
      for (let j = 0; j < variables; j++) line[j] = sign * (row[j] ?? 0);
      line[variables + i] = 1;
      line[width - 1] = sign * b[i]!;
      return line;
    });
    const basis = a.map((_, i) => variables + i);
    // Phase 1 maximises −Σ artificials; with the artificials basic, its reduced costs are the column sums.
    const objective = new Array<number>(width).fill(0);
    for (const line of tableau) for (let j = 0; j < width; j++) if (j < variables || j === width - 1) objective[j]! += line[j]!;
    iterate(tableau, basis, objective, width - 1);
    if (objective[width - 1]! > 1e-7) return undefined;
    // Drive the artificials out of the basis; a row where no real variable can replace one is redundant.
    for (let i = tableau.length - 1; i >= 0; i--) {
      if (basis[i]! < variables) continue;
      const j = tableau[i]!.findIndex((v, k) => k < variables && Math.abs(v) > EPS);
      if (j < 0) {
        tableau.splice(i, 1);
        basis.splice(i, 1);
      } else pivot(tableau, basis, undefined, i, j);
    }
    return new EqualityPolytope(tableau, basis, variables, width);
  }

  maximize(c: readonly number[]): Optimum {
    const tableau = this.tableau.map((row) => row.slice());
    const basis = this.basis.slice();
    const width = this.width;
    const rhs = width - 1;
    const objective = new Array<number>(width).fill(0);
    for (let j = 0; j < this.variables; j++) objective[j] = c[j] ?? 0;
    tableau.forEach((row, i) => {
      const cb = c[basis[i]!] ?? 0;
      if (cb === 0) return;
      for (let j = 0; j < width; j++) objective[j]! -= cb * row[j]!;
    });
    const bounded = iterate(tableau, basis, objective, this.variables);
    return bounded ? { kind: 'optimal', value: -objective[rhs]! } : { kind: 'unbounded' };
  }
}

/** Pivots until no column below `columns` improves; false when the objective is unbounded. */
function iterate(tableau: number[][], basis: number[], objective: number[], columns: number): boolean {
  const rhs = objective.length - 1;
  for (;;) {
    let entering = -1;
    for (let j = 0; j < columns; j++) {
      if (objective[j]! > EPS) {
        entering = j;
        break;
      }
    }
    if (entering < 0) return true;
    let leaving = -1;
    let best = Infinity;
    for (let i = 0; i < tableau.length; i++) {
      const a = tableau[i]![entering]!;
      if (a <= EPS) continue;
      const ratio = tableau[i]![rhs]! / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leaving]!)) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving < 0) return false;
    pivot(tableau, basis, objective, leaving, entering);
  }
}

function pivot(tableau: number[][], basis: number[], objective: number[] | undefined, row: number, column: number): void {
  const line = tableau[row]!;
  const p = line[column]!;
  for (let j = 0; j < line.length; j++) line[j]! /= p;
  const eliminate = (other: number[]) => {
    const f = other[column]!;
    if (f === 0) return;
    for (let j = 0; j < other.length; j++) other[j]! -= f * line[j]!;
  };
  tableau.forEach((other, i) => i !== row && eliminate(other));
  if (objective) eliminate(objective);
  basis[row] = column;
}
