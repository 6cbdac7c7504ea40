import type { LinearCountTable } from './count-table.js';

/**
 * Brute force, for tests on tiny tables: is there a table of non-negative counts that agrees with every
 * published figure, has every suppressed figure at least 1, keeps the cells a reader knows, and gives
 * `figure` a value of at least `atLeast`? Independent of the simplex and of the equations: every figure
 * is the sum of its interior cells, and that is all it uses.
 */
export function consistentTableExists(
  table: LinearCountTable,
  suppressed: readonly boolean[],
  knownCells: readonly number[],
  figure: number,
  atLeast: number,
  cap: number,
): boolean {
  const known = new Set(knownCells);
  const unknown: number[] = [];
  for (let c = 0; c < table.interiorCount; c++) if (suppressed[c] && !known.has(c)) unknown.push(c);
  const value = table.values.slice(0, table.interiorCount);
  const fits = (complete: boolean): boolean =>
    table.values.every((v, f) => {
      const sum = table.support[f]!.reduce((s, c) => s + value[c]!, 0);
      if (!suppressed[f]) return complete ? sum === v : sum <= v;
      if (f === figure && complete && sum - knownPart(f) < atLeast) return false;
      return !complete || sum >= 1;
    });
  const knownPart = (f: number) => table.support[f]!.reduce((s, c) => s + (known.has(c) ? table.values[c]! : 0), 0);
  for (const c of unknown) value[c] = 0;
  const assigned = new Set<number>();
  const publishedFigures = table.values.map((_, f) => f).filter((f) => !suppressed[f]);
  // A published figure with one unknown cell left fixes that cell: fill it in rather than try every value.
  const forced = (): { cell: number; value: number } | undefined => {
    for (const f of publishedFigures) {
      const open = table.support[f]!.filter((c) => unknown.includes(c) && !assigned.has(c));
      if (open.length !== 1) continue;
      const rest = table.support[f]!.reduce((s, c) => s + (c === open[0] ? 0 : value[c]!), 0);
      return { cell: open[0]!, value: table.values[f]! - rest };
    }
    return undefined;
  };
  const search = (): boolean => {
    if (!fits(false)) return false;
    if (assigned.size === unknown.length) return fits(true);
    const f = forced();
    const cell = f?.cell ?? unknown.find((c) => !assigned.has(c))!;
    const choices = f ? (f.value >= 1 ? [f.value] : []) : Array.from({ length: cap }, (_, i) => i + 1);
    assigned.add(cell);
    for (const v of choices) {
      value[cell] = v;
      if (search()) return true;
    }
    assigned.delete(cell);
    value[cell] = 0;
    return false;
  };
  return search();
}
