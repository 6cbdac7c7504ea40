import type { LinearCountTable } from './count-table.js';

/**
 * Exact linear algebra, independent of the simplex: a suppressed figure is derivable from the published
 * figures and the table's equations exactly when its unit vector lies in the row space of the equations
 * restricted to the suppressed figures, i.e. when adding that unit vector as a row does not raise the rank.
 * Integer (BigInt) fraction-free elimination, so no rounding can hide a dependency.
 */
export function linearlyDerivable(table: LinearCountTable, suppressed: readonly boolean[], figure: number): boolean {
  const columns: number[] = [];
  suppressed.forEach((s, f) => s && columns.push(f));
  const at = new Map(columns.map((f, i) => [f, i]));
  const rows: bigint[][] = [];
  for (const eq of table.equations) {
    const row = columns.map(() => 0n);
    let touches = false;
    const put = (f: number, c: bigint) => {
      const i = at.get(f);
      if (i === undefined) return;
      row[i]! += c;
      touches = true;
    };
    put(eq.total, 1n);
    for (const p of eq.parts) put(p, -1n);
    if (touches) rows.push(row);
  }
  const unit = columns.map((f) => (f === figure ? 1n : 0n));
  return rank([...rows, unit]) === rank(rows);
}

export function rank(matrix: readonly (readonly bigint[])[]): number {
  const m = matrix.map((r) => r.slice());
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const f = m[i]![c]!;
      if (f === 0n) continue;
      const pivot = m[r]![c]!;
      m[i] = m[i]!.map((v, j) => v * pivot - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}
