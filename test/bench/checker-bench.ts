/**
 * The conflict checker over HTTP at ten times today's national scale: builds a database of its own on the
 * test PostgreSQL server, starts the real service on it, writes the synthetic country with bulk SQL (sealed
 * as the service seals it), then measures checkDestination, rankDestinations and a trivial authenticated
 * query on the same server, and prints the figures next to the goals.
 *
 * Run: npm run bench:checker   (npm run -s build && node dist/test/bench/checker-bench.js)
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS per phase
 * (default 12), BENCH_CONCURRENCY for the throughput phases (default 4), DATABASE_POOL_SIZE (default 10),
 * BENCH_CPU_PROFILE=FILE to write a CPU profile of the service's thread during the measured phases only
 * (open it in Chrome DevTools or speedscope).
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { municipalities } from '@registry/geo';
import { CheckingService } from '../../apps/registry-api/src/checking/checking.service.js';
import { NetworksService } from '../../apps/registry-api/src/networks/networks.service.js';
import { startBenchService } from './bench-service.js';
import { percentile, runLoad, type LoadRequest, type LoadResult } from './http-load.js';
import type { BenchCase } from './national-dataset.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const GOALS = { checkP99Ms: 20, rankingP99Ms: 60, throughputRatio: 0.4, firstAfterWriteRatio: 2 };

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface Phase {
  name: string;
  concurrency: number;
  result: LoadResult;
  sorted: Float64Array;
  perSecond: number;
}

/** Rows the database handed out so far: how much each request reads shows whether the facts cache works. */
async function rowsRead(client: pg.Client): Promise<number> {
  // Statistics reach pg_stat_database at most once a second.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await client.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ n: string }>(
    'SELECT tup_returned + tup_fetched AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(rows[0]?.n ?? 0);
}

async function phase(name: string, url: string, requests: LoadRequest[], concurrency: number, seconds = SECONDS): Promise<Phase> {
  const before = await rowsRead(sql);
  const result = await runLoad({ url, requests, concurrency, durationMs: seconds * 1000 });
  const rowsPerRequest = ((await rowsRead(sql)) - before) / Math.max(1, result.latencies.length);
  const sorted = Float64Array.from(result.latencies).sort();
  const perSecond = (result.latencies.length / result.elapsedMs) * 1000;
  out(
    `  ${name.padEnd(30)} c=${concurrency}  n=${String(result.latencies.length).padStart(6)}  ` +
      `p50 ${ms(percentile(sorted, 50)).padStart(9)}  p99 ${ms(percentile(sorted, 99)).padStart(9)}  ${perSecond.toFixed(0).padStart(5)}/s` +
      `  ${rowsPerRequest.toFixed(0).padStart(6)} db rows/req` +
      (result.failures ? `  FAILURES ${result.failures}: ${result.firstFailure}` : ''),
  );
  if (result.failures > 0) throw new Error(`${name}: ${result.failures} failed requests`);
  return { name, concurrency, result, sorted, perSecond };
}

const service = await startBenchService({
  subjectPrefix: 'bench',
  poolSize: process.env.DATABASE_POOL_SIZE ?? '10',
  // The service logs as it would in production (a JSON line per request); only warnings and errors are shown.
  logStream: { write: (line: string) => void (/"level":(4|5|6)\d/.test(line) && process.stderr.write(line)) },
});
const { database, registry, url, today, dataset, tokens } = service;
const sql = new pg.Client({ connectionString: database.url });
try {
  await sql.connect();
  out(`Checker benchmark, ${today}: database ${database.name}, service at ${url}`);
  out(
    `  data set (${service.generationSeconds.toFixed(1)} s): ` +
      Object.entries(dataset.counts)
        .map(([what, n]) => `${n.toLocaleString('en-US')} ${what}`)
        .join(', '),
  );

  const request = (c: BenchCase, query: string, variables: Record<string, unknown>): LoadRequest => ({
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${tokens.get(c.region)}`,
      'X-Access-Purpose': 'Checker benchmark',
    },
    body: JSON.stringify({ query, variables }),
  });
  const randomCase = () => dataset.cases[Math.floor(Math.random() * dataset.cases.length)] as BenchCase;
  const codes = municipalities.map((m) => m.code);
  // Random cases × random destinations; each request carries a token of its case's own region.
  const checks = Array.from({ length: 5000 }, () => {
    const c = randomCase();
    return request(
      c,
      'query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { cleared flags { code severity message } } }',
      { c: c.id, m: codes[Math.floor(Math.random() * codes.length)] },
    );
  });
  const rankings = Array.from({ length: 2000 }, () => {
    const c = randomCase();
    return request(
      c,
      'query($c: ID!) { rankDestinations(caseId: $c, limit: 20) { municipality { code } cleared flags { code severity message } } }',
      { c: c.id },
    );
  });
  const trivialToken = tokens.get('SYD') as string;
  const trivial: LoadRequest[] = [
    {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${trivialToken}` },
      body: JSON.stringify({ query: '{ municipality(code: "0180") { code } }' }),
    },
  ];

  out(`  phases of ${SECONDS} s, loopback, keep-alive, load generator on its own thread:`);
  // The trivial query goes first: PostgreSQL reports an idle connection's reads up to ten seconds late,
  // and the checks' reads would otherwise spill into its figures.
  await phase('warm-up (trivial query)', url, trivial, CONCURRENCY, 3);
  const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const trivialLoaded = await phase('trivial query (municipality)', url, trivial, CONCURRENCY);
  await phase('warm-up (checkDestination)', url, checks, 1, 3);
  const checkSerial = await phase('checkDestination', url, checks, 1);
  const checkLoaded = await phase('checkDestination', url, checks, CONCURRENCY);
  const rankSerial = await phase('rankDestinations (limit 20)', url, rankings, 1);
  const rankLoaded = await phase('rankDestinations (limit 20)', url, rankings, CONCURRENCY);
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    await writeFile(process.env.BENCH_CPU_PROFILE as string, JSON.stringify(profile));
    profiler.disconnect();
    out(`  CPU profile of the measured phases: ${process.env.BENCH_CPU_PROFILE}`);
  }

  // Diagnosis: the same service calls in-process, outside any transaction, where the decrypted national
  // facts cache is used; the gap to the HTTP figures is what the request path adds.
  const checking = registry.app.get(CheckingService);
  const principalOf = (c: BenchCase) => ({ sub: `bench-${c.region}`, roles: ['POLICE_REGIONAL' as const], policeRegion: c.region });
  const timed = async (runs: number, call: () => Promise<unknown>): Promise<Float64Array> => {
    const times = new Float64Array(runs);
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await call();
      times[i] = performance.now() - t0;
    }
    return times.sort();
  };
  // A bump that does not say what changed (as `keys shred-case` makes) makes the next check reload and
  // decrypt the whole country.
  const reloads = await timed(3, async () => {
    await sql.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
    const c = randomCase();
    return checking.check(principalOf(c), c.id, '0180');
  });
  // A write that changes the facts (a network presence, through the service as the API makes it): the next
  // check in each instance catches up from the change log. Each round: the write, the first check after it,
  // then a warm check of another case, for comparison.
  const networks = registry.app.get(NetworksService);
  const [network] = (await sql.query<{ id: string }>('SELECT id FROM network ORDER BY id LIMIT 1')).rows;
  const afterWrite = new Float64Array(30);
  const warmNext = new Float64Array(30);
  for (let i = 0; i < afterWrite.length; i += 1) {
    await networks.addPresence(network!.id, codes[i % codes.length] as string, 'POSSIBLE', today, null);
    for (const times of [afterWrite, warmNext]) {
      const c = randomCase();
      const t0 = performance.now();
      await checking.check(principalOf(c), c.id, codes[Math.floor(Math.random() * codes.length)] as string);
      times[i] = performance.now() - t0;
    }
  }
  afterWrite.sort();
  warmNext.sort();
  const inProcessCheck = await timed(500, () => {
    const c = randomCase();
    return checking.check(principalOf(c), c.id, codes[Math.floor(Math.random() * codes.length)] as string);
  });
  const inProcessRank = await timed(100, () => {
    const c = randomCase();
    return checking.rank(principalOf(c), c.id, null, null, 20);
  });
  out();
  out('  in-process, outside a transaction (decrypted national facts cached), serial:');
  out(`    first check after a bump naming no change (reloads and decrypts the country): median of 3 ${ms(percentile(reloads, 50))}`);
  out(
    `    first check after a fact-changing write (catches up from the log): median of 30 ${ms(percentile(afterWrite, 50))}, ` +
      `the check after it ${ms(percentile(warmNext, 50))}`,
  );
  out(`    checkDestination  p50 ${ms(percentile(inProcessCheck, 50))}  p99 ${ms(percentile(inProcessCheck, 99))}`);
  out(`    rankDestinations  p50 ${ms(percentile(inProcessRank, 50))}  p99 ${ms(percentile(inProcessRank, 99))}`);

  const ratio = checkLoaded.perSecond / trivialLoaded.perSecond;
  const rows: [string, string, string, boolean][] = [
    [
      `checkDestination p99, c=1`,
      ms(percentile(checkSerial.sorted, 99)),
      `≤ ${GOALS.checkP99Ms} ms`,
      percentile(checkSerial.sorted, 99) <= GOALS.checkP99Ms,
    ],
    [
      `checkDestination p99, c=${CONCURRENCY}`,
      ms(percentile(checkLoaded.sorted, 99)),
      `≤ ${GOALS.checkP99Ms} ms`,
      percentile(checkLoaded.sorted, 99) <= GOALS.checkP99Ms,
    ],
    [
      `rankDestinations p99, c=1`,
      ms(percentile(rankSerial.sorted, 99)),
      `≤ ${GOALS.rankingP99Ms} ms`,
      percentile(rankSerial.sorted, 99) <= GOALS.rankingP99Ms,
    ],
    [
      `rankDestinations p99, c=${CONCURRENCY}`,
      ms(percentile(rankLoaded.sorted, 99)),
      `≤ ${GOALS.rankingP99Ms} ms`,
      percentile(rankLoaded.sorted, 99) <= GOALS.rankingP99Ms,
    ],
    [
      'first check after a write ÷ warm check',
      `${ms(percentile(afterWrite, 50))} ÷ ${ms(percentile(warmNext, 50))} = ${(percentile(afterWrite, 50) / percentile(warmNext, 50)).toFixed(2)}`,
      `≤ ${GOALS.firstAfterWriteRatio}`,
      percentile(afterWrite, 50) / percentile(warmNext, 50) <= GOALS.firstAfterWriteRatio,
    ],
    [
      `checks/s ÷ trivial/s, c=${CONCURRENCY}`,
      `${checkLoaded.perSecond.toFixed(0)} ÷ ${trivialLoaded.perSecond.toFixed(0)} = ${ratio.toFixed(2)}`,
      `≥ ${GOALS.throughputRatio}`,
      ratio >= GOALS.throughputRatio,
    ],
  ];
  out();
  out(`  ${'measure'.padEnd(34)} ${'result'.padEnd(24)} ${'goal'.padEnd(10)} met`);
  for (const [what, result, goal, met] of rows) out(`  ${what.padEnd(34)} ${result.padEnd(24)} ${goal.padEnd(10)} ${met ? 'yes' : 'NO'}`);
  if (rows.some((row) => !row[3])) process.exitCode = 1;
} finally {
  await sql.end().catch(() => undefined);
  await service.close();
}
