import type { LinearCountTable } from './count-table.js';

/**
 * Brute force, for tests on tiny tables: is there a table of non-negative counts that agrees with every
 * published figure, has every suppressed figure at least 1, keeps the cells a reader knows, and gives
 * `figure` a value of at least `atLeast`? Independent of the simplex and of the equations: every figure
 * is the sum of its interior cells, and that is all it uses.
 *
 * Each unknown cell takes a value in [1, cap]. A partial assignment is abandoned as soon as some figure can
 * no longer reach what it must: a published one its value, the asked one `atLeast`. Without that bound the
 * search tried every value of every later cell before giving up on an early one, and one 3 × 3 table took
 * minutes (which once stalled CI for 49 of its 90).
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
  const unknownSet = new Set(unknown);
  const value = table.values.slice(0, table.interiorCount);
  const assigned = new Set<number>();
  const open = (c: number) => unknownSet.has(c) && !assigned.has(c);
  /** The least and greatest value a figure can still take: open cells count 1 at least and `cap` at most. */
  const range = (f: number): [number, number] =>
    table.support[f]!.reduce<[number, number]>(([lo, hi], c) => (open(c) ? [lo + 1, hi + cap] : [lo + value[c]!, hi + value[c]!]), [0, 0]);
  const knownPart = table.support[figure]!.reduce((s, c) => s + (known.has(c) ? table.values[c]! : 0), 0);
  const feasible = (): boolean =>
    table.values.every((v, f) => {
      const [lo, hi] = range(f);
      if (!suppressed[f]) return lo <= v && v <= hi;
      if (f === figure && hi - knownPart < atLeast) return false;
      return hi >= 1;
    });
  const publishedFigures = table.values.map((_, f) => f).filter((f) => !suppressed[f]);
  // A published figure with one open cell left fixes that cell: fill it in rather than try every value.
  const forced = (): { cell: number; value: number } | undefined => {
    for (const f of publishedFigures) {
      const cells = table.support[f]!.filter(open);
      if (cells.length !== 1) continue;
      const rest = table.support[f]!.reduce((s, c) => s + (c === cells[0] ? 0 : value[c]!), 0);
      return { cell: cells[0]!, value: table.values[f]! - rest };
    }
    return undefined;
  };
  for (const c of unknown) value[c] = 0;
  const search = (): boolean => {
    if (!feasible()) return false;
    // Every cell assigned: each range is a single value, so feasible() was the exact check.
    if (assigned.size === unknown.length) return true;
    const f = forced();
    const cell = f?.cell ?? unknown.find((c) => !assigned.has(c))!;
    const choices = f ? (f.value >= 1 && f.value <= cap ? [f.value] : []) : Array.from({ length: cap }, (_, i) => i + 1);
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
