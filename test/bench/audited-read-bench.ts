/**
 * What an audited read costs next to the cheapest authenticated query, in one run on one server: the real
 * service on a database of its own, a synthetic country written in bulk, then closed-loop phases at 8 clients
 * of `municipality(code:)` (the trivial authenticated query: no database work of its own), `case(id:)` (an
 * audited protected read) and `checkDestination` (the checker), and their throughput ratios against the
 * trivial query. The phases run in rounds (trivial, case, check, floor, trivial, …), so drift on a shared
 * machine touches every query alike; the ratio of each round is printed, and the ratio of the totals is the
 * figure. It also counts the SQL statements the service sends per request, and says which way each read's
 * audit event went (chained directly, or staged with a write).
 *
 * Every GraphQL operation is audited in this service, `municipality` included (the interceptor audits every
 * top-level field): the ratios compare audited with audited. For scale, a `{ __typename }` request (no
 * resolver, so neither authentication nor audit) shows the HTTP and GraphQL floor underneath both.
 *
 * Run: npm run bench:audited-read [-- postgres|embedded|both]   (default both, real PostgreSQL first)
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS per phase
 * (default 8), BENCH_ROUNDS (default 3), BENCH_CONCURRENCY (default 8), BENCH_SCALE `ten-times` or `today`
 * (default ten-times on PostgreSQL, today on the embedded database: what a new user's `npm start` holds),
 * BENCH_CPU_PROFILE=PREFIX to write a CPU profile of the service's thread per query and database
 * (PREFIX-postgres-case.cpuprofile, …; open it in Chrome DevTools or speedscope).
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { municipalities } from '@registry/geo';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { startBenchService } from './bench-service.js';
import { percentile, runLoad, type LoadRequest } from './http-load.js';
import { TEN_TIMES_TODAY, TODAY, type BenchCase } from './national-dataset.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const GOALS = { case: 0.85, checkDestination: 0.8 };
type Database = 'postgres' | 'embedded';

const out = (line = '') => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Statements the service sends (it runs in this process): how many a request costs shows what the audit adds. */
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

interface Totals {
  requests: number;
  ms: number;
  latencies: number[];
  statements: number;
}

async function measure(database: Database): Promise<{ database: Database; ratios: Record<string, number> }> {
  const scaleName = process.env.BENCH_SCALE ?? (database === 'embedded' ? 'today' : 'ten-times');
  const scale = scaleName === 'today' ? TODAY : TEN_TIMES_TODAY;
  const service = await startBenchService({
    subjectPrefix: 'audited-read',
    database,
    scale,
    logStream: { write: (line: string) => void (/"level":(4|5|6)\d/.test(line) && process.stderr.write(line)) },
  });
  try {
    const { url, dataset, tokens } = service;
    out();
    out(`${database === 'embedded' ? 'Embedded PostgreSQL (PGlite)' : 'Real PostgreSQL'}, ${service.today}, service at ${url}`);
    out(
      `  data set "${scaleName}" (${service.generationSeconds.toFixed(1)} s): ` +
        Object.entries(dataset.counts)
          .map(([what, n]) => `${n.toLocaleString('en-US')} ${what}`)
          .join(', '),
    );
    const randomCase = () => dataset.cases[Math.floor(Math.random() * dataset.cases.length)] as BenchCase;
    const codes = municipalities.map((m) => m.code);
    const withToken = (c: BenchCase, query: string, variables: Record<string, unknown>, purpose = true): LoadRequest => ({
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${tokens.get(c.region)}`,
        ...(purpose ? { 'X-Access-Purpose': 'Audited read benchmark' } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const queries: Record<string, LoadRequest[]> = {
      trivial: Array.from({ length: 500 }, () =>
        withToken(
          randomCase(),
          'query($m: String!) { municipality(code: $m) { code } }',
          { m: codes[Math.floor(Math.random() * codes.length)] },
          false,
        ),
      ),
      case: Array.from({ length: 2000 }, () => {
        const c = randomCase();
        return withToken(
          c,
          'query($c: ID!) { case(id: $c) { reference status homeMunicipality { code } defector { givenName familyName } threatAssessment { level reviewDue } } }',
          { c: c.id },
        );
      }),
      checkDestination: Array.from({ length: 5000 }, () => {
        const c = randomCase();
        return withToken(
          c,
          'query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { cleared flags { code severity message } } }',
          { c: c.id, m: codes[Math.floor(Math.random() * codes.length)] },
        );
      }),
      floor: [withToken(randomCase(), '{ __typename }', {}, false)],
    };
    const labels: Record<string, string> = {
      trivial: 'municipality(code:) (trivial)',
      case: 'case(id:) (protected read)',
      checkDestination: 'checkDestination',
      floor: '{ __typename } (no resolver)',
    };
    const totals: Record<string, Totals> = {};
    const run = async (name: string, seconds: number, record: boolean) => {
      const before = statements;
      const result = await runLoad({ url, requests: queries[name]!, concurrency: CONCURRENCY, durationMs: seconds * 1000 });
      if (result.failures > 0) throw new Error(`${name}: ${result.failures} failed requests; first: ${result.firstFailure}`);
      const perSecond = (result.latencies.length / result.elapsedMs) * 1000;
      if (record) {
        const t = (totals[name] ??= { requests: 0, ms: 0, latencies: [], statements: 0 });
        t.statements += statements - before;
        t.requests += result.latencies.length;
        t.ms += result.elapsedMs;
        t.latencies.push(...result.latencies);
      }
      return perSecond;
    };
    out(`  warm-up: ${Object.keys(queries).join(', ')}, 3 s each`);
    for (const name of Object.keys(queries)) await run(name, 3, false);
    out(`  ${ROUNDS} round(s) of ${SECONDS} s per query, ${CONCURRENCY} clients, loopback, keep-alive, load generator on its own thread`);
    out(`  load average before: ${load()} (${cpus().length} CPUs, shared with other work)`);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const rates: Record<string, number> = {};
      for (const name of ['trivial', 'case', 'checkDestination', 'floor']) rates[name] = await run(name, SECONDS, true);
      out(
        `    round ${round}: ` +
          Object.entries(rates)
            .map(([name, rate]) => `${name} ${rate.toFixed(0)}/s`)
            .join(', ') +
          `; case/trivial ${(rates.case! / rates.trivial!).toFixed(2)}, check/trivial ${(rates.checkDestination! / rates.trivial!).toFixed(2)}`,
      );
    }
    out(`  load average after: ${load()}`);
    const profilePrefix = process.env.BENCH_CPU_PROFILE;
    if (profilePrefix) {
      const profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      for (const name of ['trivial', 'case', 'checkDestination']) {
        await profiler.post('Profiler.start');
        await run(name, SECONDS, false);
        const { profile } = await profiler.post('Profiler.stop');
        await writeFile(`${profilePrefix}-${database}-${name}.cpuprofile`, JSON.stringify(profile));
      }
      profiler.disconnect();
      out(`  CPU profiles (extra phases, not counted): ${profilePrefix}-${database}-*.cpuprofile`);
    }
    const rate = (name: string) => (totals[name]!.requests / totals[name]!.ms) * 1000;
    out();
    out(`  ${'query'.padEnd(32)} ${'throughput'.padStart(10)} ${'p50'.padStart(9)} ${'p99'.padStart(9)}  SQL statements/request`);
    for (const name of ['floor', 'trivial', 'case', 'checkDestination']) {
      const sorted = Float64Array.from(totals[name]!.latencies).sort();
      out(
        `  ${labels[name]!.padEnd(32)} ${`${rate(name).toFixed(0)}/s`.padStart(10)} ${`${percentile(sorted, 50).toFixed(1)} ms`.padStart(9)} ` +
          `${`${percentile(sorted, 99).toFixed(1)} ms`.padStart(9)}  ${(totals[name]!.statements / totals[name]!.requests).toFixed(2)}`,
      );
    }
    const ratios = { case: rate('case') / rate('trivial'), checkDestination: rate('checkDestination') / rate('trivial') };
    out();
    for (const [name, ratio] of Object.entries(ratios)) {
      const goal = GOALS[name as keyof typeof GOALS];
      out(
        `  ${`${name}/s ÷ municipality/s, c=${CONCURRENCY}`.padEnd(44)} ${ratio.toFixed(2)}   goal ≥ ${goal}   ${ratio >= goal ? 'met' : 'NOT met'}`,
      );
    }
    // Which way each operation's events went: chained directly after a read (no pending row), or staged with
    // a write and moved by a chain pass (pending_id set).
    // Through the service's own pool: the embedded database takes no connection beyond it.
    const rows = (await service.registry.app.get(UnitOfWork).manager.query(
      `SELECT action, count(*) FILTER (WHERE pending_id IS NULL) AS direct, count(*) FILTER (WHERE pending_id IS NOT NULL) AS staged
         FROM audit_event WHERE action IN ('municipality', 'case', 'checkDestination') GROUP BY action ORDER BY action`,
    )) as { action: string; direct: string; staged: string }[];
    out(`  audit events, chained directly / staged with a write: ${rows.map((r) => `${r.action} ${r.direct} / ${r.staged}`).join(', ')}`);
    return { database, ratios };
  } finally {
    await service.close();
  }
}

const which = process.argv[2] ?? 'both';
if (!['postgres', 'embedded', 'both'].includes(which)) throw new Error(`unknown database ${which}: postgres, embedded or both`);
out(`Audited read benchmark: throughput at ${CONCURRENCY} clients against the trivial authenticated query`);
const results = [];
for (const database of ['postgres', 'embedded'] as const) if (which === 'both' || which === database) results.push(await measure(database));
out();
for (const { database, ratios } of results) {
  out(
    `${database.padEnd(9)} case ${ratios.case.toFixed(2)} (goal ${GOALS.case}), checkDestination ${ratios.checkDestination.toFixed(2)} (goal ${GOALS.checkDestination})`,
  );
}
