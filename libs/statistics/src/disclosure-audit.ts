import type { LinearCountTable } from './count-table.js';
import { EqualityPolytope } from './linear-program.js';

/**
 * Who reads a published table. An outsider knows only what is published. An insider also knows some
 * interior cells exactly (a police region knows its own row: it can list its own cases), so suppression
 * that leans on those cells protects nothing from that region.
 */
export interface Reader {
  name: string;
  knownCells: readonly number[];
}

export const OUTSIDER: Reader = { name: 'outsider', knownCells: [] };

/** A suppressed figure a reader can pin inside [1, threshold − 1]: the failure suppression exists to prevent. */
export interface Disclosure {
  figure: number;
  reader: string;
  /** the reader's bounds on the part of the figure it did not already know */
  lower: number;
  upper: number;
}

/**
 * The protection criterion. What a reader knows about a suppressed figure is the interval of values that
 * some non-negative table agrees with everything published (every suppressed figure is at least 1, since
 * zeros are always published, and the reader knows that rule). A figure is disclosed when that interval,
 * after taking out what the reader knew already, lies inside [1, threshold − 1]: the reader then knows
 * that a small, non-zero number of people is behind it. Exact derivation of a small value is the special
 * case lower = upper. A complementary figure (≥ threshold) may be derivable; it discloses no small count,
 * and the bounds of every small figure already account for it.
 *
 * The tables are transportation polytopes (totally unimodular), so the real bounds the simplex finds are
 * the integer bounds.
 */
export function audit(
  table: LinearCountTable,
  suppressed: readonly boolean[],
  threshold: number,
  readers: readonly Reader[] = [OUTSIDER],
  options: { firstOnly?: boolean } = {},
): Disclosure[] {
  const found: Disclosure[] = [];
  for (const reader of readers) {
    for (const d of auditReader(table, suppressed, threshold, reader, options.firstOnly ?? false)) {
      found.push(d);
      if (options.firstOnly) return found;
    }
  }
  return found;
}

function auditReader(
  table: LinearCountTable,
  suppressed: readonly boolean[],
  threshold: number,
  reader: Reader,
  firstOnly: boolean,
): Disclosure[] {
  const known = new Set(reader.knownCells);
  const unknownIndex = new Map<number, number>();
  suppressed.forEach((s, figure) => {
    if (s && !known.has(figure)) unknownIndex.set(figure, unknownIndex.size);
  });
  if (unknownIndex.size === 0) return [];
  // Unknown figure v = 1 + y with y ≥ 0; published and known figures are constants. Unknowns that share no
  // equation, directly or through others, are bounded separately: a running year's months are independent.
  const rows: { unknowns: Map<number, number>; rhs: number }[] = [];
  const parent = Array.from({ length: unknownIndex.size }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const eq of table.equations) {
    const unknowns = new Map<number, number>();
    let constant = 0;
    const add = (figure: number, coefficient: number) => {
      const u = unknownIndex.get(figure);
      if (u === undefined) constant += coefficient * table.values[figure]!;
      else {
        unknowns.set(u, (unknowns.get(u) ?? 0) + coefficient);
        constant += coefficient;
      }
    };
    add(eq.total, 1);
    for (const p of eq.parts) add(p, -1);
    if (unknowns.size === 0) continue;
    rows.push({ unknowns, rhs: -constant });
    const [first, ...rest] = unknowns.keys();
    for (const u of rest) parent[root(u)] = root(first!);
  }
  const components = new Map<number, number[]>();
  for (let u = 0; u < unknownIndex.size; u++) components.set(root(u), [...(components.get(root(u)) ?? []), u]);
  const solvers = new Map<number, { polytope: EqualityPolytope; position: Map<number, number> }>();
  for (const [r, members] of components) {
    const position = new Map(members.map((u, i) => [u, i]));
    const own = rows.filter((row) => root(row.unknowns.keys().next().value!) === r);
    const a = own.map((row) => {
      const line = new Array<number>(members.length).fill(0);
      for (const [u, c] of row.unknowns) line[position.get(u)!] = c;
      return line;
    });
    const polytope = EqualityPolytope.of(
      a,
      own.map((row) => row.rhs),
      members.length,
    );
    if (!polytope) throw new Error('the published table contradicts itself');
    for (const u of members) solvers.set(u, { polytope, position });
  }
  const found: Disclosure[] = [];
  for (const [figure, u] of unknownIndex) {
    const knownPart = table.support[figure]!.reduce((s, c) => s + (known.has(c) ? table.values[c]! : 0), 0);
    const { polytope, position } = solvers.get(u)!;
    const objective = new Array<number>(position.size).fill(0);
    objective[position.get(u)!] = 1;
    const max = polytope.maximize(objective);
    if (max.kind === 'unbounded') continue;
    const upper = Math.round(1 + max.value) - knownPart;
    if (upper >= threshold || upper < 1) continue;
    objective[position.get(u)!] = -1;
    const min = polytope.maximize(objective);
    const lower = min.kind === 'optimal' ? Math.round(1 - min.value) - knownPart : -Infinity;
    if (lower >= 1) {
      found.push({ figure, reader: reader.name, lower, upper });
      if (firstOnly) return found;
    }
  }
  return found;
}
