/**
 * The pure checker in process, without a database or HTTP: the synthetic country at a chosen scale, the
 * real map and privacy areas, national and regional views. For profiling the checker alone:
 *
 *   npm run -s build && node --cpu-prof --cpu-prof-dir=/tmp/prof dist/test/bench/checker-cpu.js
 *
 * Env: SCALE (multiple of ten-times-national, default 1), RUNS (default 200), ONLY (run the phases whose name
 * contains it).
 */
import { areaView, buildNationalFacts, checkDestination, rankDestinations, type NationalFacts } from '@registry/checker';
import { privacyAreaOf, type PoliceRegion } from '@registry/geo';
import { swedishGeography } from '../../apps/registry-api/src/checking/geography.provider.js';
import { SYNTHETIC_TEN_TIMES, scaled, syntheticCountry } from '../../libs/checker/src/testing/synthetic-country.js';

const SCALE = Number(process.env.SCALE ?? 1);
const RUNS = Number(process.env.RUNS ?? 200);
const today = '2026-11-30';
const period = { startDate: today, endDate: '2027-05-29' };
const options = { today, nearbyRadiusKm: 30 };
const areaOf = (code: string) => privacyAreaOf(code)?.codes ?? [code];
const out = (line: string) => process.stdout.write(`${line}\n`);

let t0 = performance.now();
const country = syntheticCountry(swedishGeography.codes, today, scaled(SYNTHETIC_TEN_TIMES, SCALE));
out(`country ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
const national = buildNationalFacts(country.national);
out(`buildNationalFacts ${(performance.now() - t0).toFixed(1)} ms`);
const views = new Map<PoliceRegion, NationalFacts>();
t0 = performance.now();
for (const region of ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'] as const)
  views.set(region, areaView(national, { region, areaOf }));
out(`areaView x7 ${(performance.now() - t0).toFixed(1)} ms`);

const only = process.env.ONLY;
function timed(name: string, runs: number, work: (i: number) => unknown): void {
  if (only && !name.includes(only)) return;
  const times: number[] = [];
  // CPU time as well as wall time: on a shared machine, waiting for a core is not the checker's cost.
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const used = process.cpuUsage();
    work(i);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
    times.push(performance.now() - start);
  }
  const at = (list: number[], p: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]!.toFixed(2);
  out(`${name.padEnd(28)} p50 ${at(times, 50)} ms  p99 ${at(times, 99)} ms   cpu p50 ${at(cpu, 50)} ms  p99 ${at(cpu, 99)} ms`);
}

const households = country.households;
const codes = swedishGeography.codes;
const household = (i: number) => households[(i * 7919) % households.length]!;
rankDestinations(household(0), national, swedishGeography, period, options);
timed('check, national', RUNS, (i) => checkDestination(household(i), national, swedishGeography, codes[(i * 31) % 290]!, period, options));
timed('check, regional', RUNS, (i) =>
  checkDestination(household(i), views.get(household(i).region)!, swedishGeography, codes[(i * 31) % 290]!, period, options),
);
timed('rank 20, national', Math.ceil(RUNS / 2), (i) =>
  rankDestinations(household(i), national, swedishGeography, period, { ...options, limit: 20 }),
);
timed('rank 20, regional', Math.ceil(RUNS / 2), (i) =>
  rankDestinations(household(i), views.get(household(i).region)!, swedishGeography, period, { ...options, limit: 20 }),
);
timed('rank, national', Math.ceil(RUNS / 4), (i) => rankDestinations(household(i), national, swedishGeography, period, options));
timed('rank, regional', Math.ceil(RUNS / 4), (i) =>
  rankDestinations(household(i), views.get(household(i).region)!, swedishGeography, period, options),
);
out(`rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
