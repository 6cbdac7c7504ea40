/**
 * How the checker's costs grow with the register: the synthetic register (test/bench/national-dataset.ts)
 * at 1, 10 and 100 times today's national scale, each on a database of its own, and at each: the first
 * (cold) load of the facts, a full reload with the keys unwrapped, resident memory, checkDestination and
 * rankDestinations over HTTP at 1 and 4 clients, the same in process, and the first check after a
 * fact-changing write. Each register is written by one process and served and measured by another, so
 * neither the writing nor another scale inflates the memory figures.
 *
 * Run: npm run bench:scale   (npm run -s build && node dist/test/bench/scale-bench.js)
 * Env: SCALES (default "1,10,100"), BENCH_SECONDS per HTTP phase (default 8), TEST_DATABASE_URL,
 * BENCH_EXPLAIN=FILE: at the largest scale, write EXPLAIN (ANALYZE, BUFFERS) of the ten statements that took
 * the most database time during the measured phases (markdown), and name any growing table read whole.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { municipalities, POLICE_REGIONS } from '@registry/geo';
import { CheckingService } from '../../apps/registry-api/src/checking/checking.service.js';
import { FactsLoader } from '../../apps/registry-api/src/checking/facts.loader.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { NetworksService } from '../../apps/registry-api/src/networks/networks.service.js';
import { createBenchRegister, dropBenchRegister, serveBenchRegister, type BenchRegister } from './bench-service.js';
import { percentile, runLoad, type LoadRequest } from './http-load.js';
import { TEN_TIMES_TODAY, type BenchCase, type DatasetScale } from './national-dataset.js';
import { explainAll, recordStatements, sequentialScans, type StatementStat } from './statement-stats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const out = (line = '') => process.stdout.write(`${line}\n`);
const GOALS_AT_100 = { rankP99Ms: 250, rssMiB: 1536 };

interface ScaleResult {
  scale: number;
  generationS: number;
  counts: Record<string, number>;
  coldLoadMs: number;
  reloadMs: number;
  rssMiB: number;
  peakRssMiB: number;
  /** The peak up to the end of the full reload (old facts serving, new ones being built). */
  loadPeakRssMiB: number;
  heapMiB: number;
  http: Record<string, { p50: number; p99: number; perSecond: number }>;
  inProcess: Record<string, { p50: number; p99: number }>;
  firstAfterWriteMs: number;
  warmAfterWriteMs: number;
}

/** Today's national scale is a tenth of the ten-times data set; every count scales alike. */
function datasetAt(scale: number): DatasetScale {
  const factor = scale / 10;
  return Object.fromEntries(
    Object.entries(TEN_TIMES_TODAY).map(([what, n]) => [what, Math.max(1, Math.round(n * factor))]),
  ) as unknown as DatasetScale;
}

const sorted = (times: number[]) => Float64Array.from(times).sort();
const figures = (times: Float64Array) => ({ p50: percentile(times, 50), p99: percentile(times, 99) });
const mib = (bytes: number) => bytes / 2 ** 20;

async function measure(register: BenchRegister, scale: number, explainFile: string | undefined): Promise<ScaleResult> {
  const service = await serveBenchRegister(register, {
    subjectPrefix: `scale${scale}`,
    // Each fact-changing write below would otherwise re-check every active placement while the checks are timed.
    env: { RECHECK_INTERVAL_MS: '3600000' },
    settle: false,
  });
  const { registry, url, today, dataset, tokens } = service;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  try {
    const loader = registry.app.get(FactsLoader);
    const checking = registry.app.get(CheckingService);
    const codes = municipalities.map((m) => m.code);
    const randomCase = () => dataset.cases[Math.floor(Math.random() * dataset.cases.length)] as BenchCase;
    const principalOf = (c: BenchCase) => ({
      sub: `scale${scale}-${c.region}`,
      roles: ['POLICE_REGIONAL' as const],
      policeRegion: c.region,
    });

    // A service just started: the first check loads and decrypts the country, unwrapping each case key.
    let t0 = performance.now();
    await loader.national(today);
    const coldLoadMs = performance.now() - t0;
    // The full reload's statements are kept apart from the workload's (a full load is not a request path).
    const loadStatements = explainFile ? recordStatements() : undefined;
    // A bump that names no change (as keys shred-case makes) reloads the country while the old facts still
    // serve: the most memory a service needs at once.
    t0 = performance.now();
    await registry.app.get(UnitOfWork).manager.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
    await loader.national(today);
    const reloadMs = performance.now() - t0;
    const loadPeak = Math.max(peakRss, process.memoryUsage().rss);
    // Every region's view made once, and the households of a first round of checks cached.
    for (const region of POLICE_REGIONS) {
      const c = dataset.cases.find((x) => x.region === region);
      if (c) await checking.check(principalOf(c), c.id, '0180');
    }
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();

    const fullLoad = loadStatements?.stats() ?? [];
    loadStatements?.reset();
    const statements = loadStatements;
    const timed = async (runs: number, call: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
      return sorted(times);
    };
    const inProcess = {
      check: figures(
        await timed(300, () => {
          const c = randomCase();
          return checking.check(principalOf(c), c.id, codes[Math.floor(Math.random() * codes.length)] as string);
        }),
      ),
      rank: figures(
        await timed(100, () => {
          const c = randomCase();
          return checking.rank(principalOf(c), c.id, null, null, 20);
        }),
      ),
    };

    const networks = registry.app.get(NetworksService);
    const networkId = (await registry.app.get(FactsLoader).national(today)).networks.keys().next().value as string;
    const afterWrite: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      await networks.addPresence(networkId, codes[i] as string, 'POSSIBLE', today, null);
      for (const times of [afterWrite, warm]) {
        const c = randomCase();
        const started = performance.now();
        await checking.check(principalOf(c), c.id, codes[Math.floor(Math.random() * codes.length)] as string);
        times.push(performance.now() - started);
      }
    }

    const request = (c: BenchCase, query: string, variables: Record<string, unknown>): LoadRequest => ({
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${tokens.get(c.region)}`,
        'X-Access-Purpose': 'Scale benchmark',
      },
      body: JSON.stringify({ query, variables }),
    });
    const checks = Array.from({ length: 4000 }, () => {
      const c = randomCase();
      return request(
        c,
        'query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { cleared flags { code severity message } } }',
        {
          c: c.id,
          m: codes[Math.floor(Math.random() * codes.length)],
        },
      );
    });
    const rankings = Array.from({ length: 2000 }, () => {
      const c = randomCase();
      return request(
        c,
        'query($c: ID!) { rankDestinations(caseId: $c, limit: 20) { municipality { code } cleared flags { code severity message } } }',
        {
          c: c.id,
        },
      );
    });
    const http: ScaleResult['http'] = {};
    for (const [name, requests, concurrency] of [
      ['check c=1', checks, 1],
      ['check c=4', checks, 4],
      ['rank c=1', rankings, 1],
      ['rank c=4', rankings, 4],
    ] as const) {
      const result = await runLoad({ url, requests, concurrency, durationMs: SECONDS * 1000 });
      if (result.failures > 0) throw new Error(`${name}: ${result.failures} failed requests, first: ${result.firstFailure}`);
      http[name] = { ...figures(sorted([...result.latencies])), perSecond: (result.latencies.length / result.elapsedMs) * 1000 };
    }

    if (statements && explainFile) {
      statements.stop();
      await writeExplain(explainFile, scale, statements.stats(), fullLoad, service.database.url);
    }
    return {
      scale,
      generationS: service.generationSeconds,
      counts: dataset.counts,
      coldLoadMs,
      reloadMs,
      rssMiB: mib(memory.rss),
      peakRssMiB: mib(Math.max(peakRss, process.memoryUsage().rss)),
      loadPeakRssMiB: mib(loadPeak),
      heapMiB: mib(memory.heapUsed),
      http,
      inProcess,
      firstAfterWriteMs: percentile(sorted(afterWrite), 50),
      warmAfterWriteMs: percentile(sorted(warm), 50),
    };
  } finally {
    clearInterval(sampler);
    await service.close();
  }
}

/** The checker's own statements on a request path: catching up from the change log, a household's facts. */
const CHECKER_STATEMENTS =
  /facts_change|FROM case_member cm JOIN person|FROM affiliation WHERE person_id|FROM personal_conflict WHERE person_id|threat_assessment WHERE|placement_assessment WHERE|FROM link_request WHERE case_id|= ANY\(\$\d::uuid\[\]\)/;

async function writeExplain(
  file: string,
  scale: number,
  stats: readonly StatementStat[],
  fullLoad: readonly StatementStat[],
  url: string,
): Promise<void> {
  const plain = stats.filter((stat) => /^(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(stat.text));
  const hottest = plain.slice(0, 10);
  const checker = plain.slice(10).filter((stat) => CHECKER_STATEMENTS.test(stat.text));
  const today = new Date().toISOString().slice(0, 10);
  // Not on a request path, but run after writes (the re-check worker) or on a cold start (a full load).
  const background: StatementStat[] = [
    { text: 'SELECT id, case_id FROM placement WHERE ended_on IS NULL AND end_date >= $1::date', calls: 0, totalMs: 0, sample: [today] },
    {
      text: 'SELECT id FROM recheck_outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
      calls: 0,
      totalMs: 0,
      sample: [1000],
    },
    ...fullLoad.filter((stat) => /^(SELECT|WITH)\b/.test(stat.text)).slice(0, 4),
  ];
  const lines = [`# Statements by database time, ${scale}× national scale`, ''];
  for (const [title, statements] of [
    ['The ten with the most database time', hottest],
    ["The checker's other statements on a request path", checker],
    ['Background: the re-check worker, and a full load', background],
  ] as const) {
    lines.push(`## ${title}`, '');
    for (const [i, { stat, plan }] of (await explainAll(url, statements)).entries()) {
      const scans = sequentialScans(plan);
      lines.push(
        `### ${i + 1}. ${stat.calls} calls, ${stat.totalMs.toFixed(0)} ms in all, ${(stat.totalMs / stat.calls).toFixed(2)} ms each (client's view)` +
          (scans.length > 0 ? ` (reads whole: ${scans.join(', ')})` : ''),
        '',
        '```sql',
        stat.text,
        '```',
        '',
        '```',
        plan,
        '```',
        '',
      );
    }
  }
  await writeFile(file, lines.join('\n'));
}

const ms = (value: number) => `${value.toFixed(1)}`;

function report(results: readonly ScaleResult[]): void {
  out();
  out('  scale  data set                         cold load  reload   rss (peak; while loading) MiB   heap MiB');
  for (const r of results) {
    out(
      `  ${`${r.scale}×`.padEnd(6)} ${`${r.counts.cases} cases, ${r.counts.persons} persons, ${r.counts.presences} presences`.padEnd(32)} ` +
        `${`${ms(r.coldLoadMs)} ms`.padStart(10)} ${`${ms(r.reloadMs)} ms`.padStart(10)} ${`${r.rssMiB.toFixed(0)} (${r.peakRssMiB.toFixed(0)}; ${r.loadPeakRssMiB.toFixed(0)})`.padStart(20)} ${r.heapMiB.toFixed(0).padStart(16)}`,
    );
  }
  out();
  out('  scale  measure          p50 ms   p99 ms     per s');
  for (const r of results) {
    for (const [name, f] of Object.entries(r.http)) {
      out(
        `  ${`${r.scale}×`.padEnd(6)} ${`HTTP ${name}`.padEnd(16)} ${ms(f.p50).padStart(6)} ${ms(f.p99).padStart(8)} ${f.perSecond.toFixed(0).padStart(9)}`,
      );
    }
    for (const [name, f] of Object.entries(r.inProcess)) {
      out(`  ${`${r.scale}×`.padEnd(6)} ${`in process ${name}`.padEnd(16)} ${ms(f.p50).padStart(6)} ${ms(f.p99).padStart(8)}`);
    }
    out(
      `  ${`${r.scale}×`.padEnd(6)} first check after a write ${ms(r.firstAfterWriteMs)} ms, the next ${ms(r.warmAfterWriteMs)} ms (medians of 20)`,
    );
  }
  const largest = results.find((r) => r.scale === 100);
  if (largest) {
    out();
    const rankP99 = Math.max(largest.http['rank c=1']!.p99, largest.http['rank c=4']!.p99);
    out(
      `  at 100×: rankDestinations p99 ${ms(rankP99)} ms (goal ≤ ${GOALS_AT_100.rankP99Ms}): ${rankP99 <= GOALS_AT_100.rankP99Ms ? 'met' : 'NOT met'}`,
    );
    out(
      `  at 100×: resident memory ${largest.peakRssMiB.toFixed(0)} MiB at peak (goal ≤ ${GOALS_AT_100.rssMiB}): ${largest.peakRssMiB <= GOALS_AT_100.rssMiB ? 'met' : 'NOT met'}`,
    );
  }
}

/** Runs this script in a process of its own and returns what it prints on its RESULT line. */
async function inChild<T>(...args: string[]): Promise<T> {
  const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = text.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line) throw new Error(`${args.join(' ')} failed (exit ${code}):\n${text}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

const [mode, arg, registerFile, explainFile] = process.argv.slice(2);
if (mode === 'generate') {
  // A process of its own: what writing the register leaves in memory stays out of the service's figures.
  const register = await createBenchRegister({ scale: datasetAt(Number(arg)) });
  await writeFile(registerFile!, JSON.stringify(register));
  out('RESULT {}');
} else if (mode === 'measure') {
  const register = JSON.parse(await readFile(registerFile!, 'utf8')) as BenchRegister;
  const result = await measure(register, Number(arg), explainFile || undefined);
  out(`RESULT ${JSON.stringify(result)}`);
} else {
  const scales = (process.env.SCALES ?? '1,10,100').split(',').map(Number);
  out(
    `Scale benchmark: ${scales.map((s) => `${s}×`).join(', ')} today's national scale; HTTP phases of ${SECONDS} s, loopback, load generator on its own thread`,
  );
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    out(`  ${scale}×: generating the register, then serving and measuring it (each in a process of its own) ...`);
    const explain = process.env.BENCH_EXPLAIN && scale === Math.max(...scales) ? process.env.BENCH_EXPLAIN : '';
    const registerFile = join(tmpdir(), `registry-scale-${process.pid}-${scale}.json`);
    let result: ScaleResult;
    try {
      await inChild('generate', String(scale), registerFile);
      result = await inChild<ScaleResult>('measure', String(scale), registerFile, explain);
    } catch (error) {
      // The measuring process drops the register when it closes; after a failure, make sure.
      const written = await readFile(registerFile, 'utf8').catch(() => undefined);
      if (written) await dropBenchRegister(JSON.parse(written) as BenchRegister).catch(() => undefined);
      throw error;
    } finally {
      await rm(registerFile, { force: true });
    }
    out(
      `    data set generated in ${result.generationS.toFixed(0)} s: ${Object.entries(result.counts)
        .map(([what, n]) => `${n.toLocaleString('en-US')} ${what}`)
        .join(', ')}`,
    );
    results.push(result);
  }
  report(results);
  if (process.env.BENCH_EXPLAIN) out(`  plans of the hottest statements: ${process.env.BENCH_EXPLAIN}`);
}
