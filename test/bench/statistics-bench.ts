/**
 * Cell suppression of the statistics' year grids: how long one 7 regions × 12 months grid takes to suppress
 * and prove (outsider and every region), for registers of realistic and of ten times national scale, and how
 * much of it is hidden. A statistics answer with every measure suppresses about 19 such grids per year, and one
 * split table: placements by seven housing types (7 types × 7 regions × 12 months and every total), whose
 * complete year links every figure to every other and is the most expensive table by far.
 *
 * Run: npm run bench:statistics   (npm run -s build && node dist/test/bench/statistics-bench.js)
 * Env: BENCH_GRIDS (default 200) grids per scale; BENCH_SPLITS (default 20) split tables per scale.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_THRESHOLD, suppressSplitYear, suppressYearGrid, type LinearCountTable } from '@registry/statistics';

const GRIDS = Number(process.env.BENCH_GRIDS ?? 200);
const SPLITS = Number(process.env.BENCH_SPLITS ?? 20);
/** Placements by housing type: protected housing, HVB, foster family, supported, emergency foster, own, other. */
const HOUSING_WEIGHTS = [0.3, 0.15, 0.1, 0.15, 0.05, 0.2, 0.05];
const out = (line = '') => process.stdout.write(`${line}\n`);

/** A deterministic generator, so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Poisson counts per region and month for `perYear` events a year, spread unevenly over the regions. */
function grid(next: () => number, perYear: number): number[][] {
  const weights = [0.08, 0.1, 0.3, 0.1, 0.2, 0.15, 0.07];
  return weights.map((w) =>
    Array.from({ length: 12 }, () => {
      const mean = (perYear * w) / 12;
      let k = 0;
      for (let p = Math.exp(-mean), u = next(); u > p && k < 1000; k++) p += (Math.exp(-mean) * mean ** (k + 1)) / factorial(k + 1);
      return k;
    }),
  );
}
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

function report(
  name: string,
  complete: boolean,
  runs: readonly { ms: number; table: LinearCountTable; suppressed: readonly boolean[] }[],
): void {
  let hidden = 0;
  let nonZero = 0;
  for (const { table, suppressed } of runs)
    table.values.forEach((v, i) => {
      if (v > 0) nonZero++;
      if (suppressed[i]) hidden++;
    });
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  out(
    `${name.padEnd(34)} ${complete ? 'year complete' : 'year running '}  median ${p(0.5)} ms  p99 ${p(0.99)} ms  max ${p(1)} ms  hidden ${((100 * hidden) / Math.max(1, nonZero)).toFixed(0)}% of non-zero figures`,
  );
}

function timed<T>(work: () => T): T & { ms: number } {
  const start = performance.now();
  const result = work();
  return { ...result, ms: performance.now() - start };
}

out(`statistics bench: ${GRIDS} grids of 7 regions × 12 months per scale, threshold ${DEFAULT_THRESHOLD}`);
for (const [name, perYear] of [
  ['national, ~200 events a year', 200],
  ['overrides, ~20 a year', 20],
  ['ten times national, ~2000 a year', 2000],
] as const) {
  for (const complete of [false, true]) {
    const next = random(42);
    const grids = Array.from({ length: GRIDS }, () => grid(next, perYear));
    report(
      name,
      complete,
      grids.map((cells) => timed(() => suppressYearGrid(cells, complete, DEFAULT_THRESHOLD))),
    );
  }
}

out();
out(`split tables: ${SPLITS} of 7 housing types × 7 regions × 12 months per scale`);
for (const [name, perYear] of [
  ['placements, ~200 a year', 200],
  ['placements, ~2000 a year', 2000],
] as const) {
  for (const complete of [false, true]) {
    const next = random(7);
    const cubes = Array.from({ length: SPLITS }, () => HOUSING_WEIGHTS.map((w) => grid(next, perYear * w)));
    report(
      name,
      complete,
      cubes.map((cells) => timed(() => suppressSplitYear(cells, complete, DEFAULT_THRESHOLD))),
    );
  }
}
