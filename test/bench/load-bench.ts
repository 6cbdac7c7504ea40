/**
 * Load test: the ten-times-national data set, then 60 s of a mixed workload from autocannon on its own thread:
 * 70 % checkDestination, 20 % case reads, 10 % writes (registerPerson), each request with a token of the case's
 * region and an access purpose. Prints throughput, p50, p99 and errors (non-200 answers and GraphQL errors).
 *
 * Run: npm run bench:load   Env: TEST_DATABASE_URL, LOAD_SECONDS (default 60), LOAD_CONNECTIONS (default 8).
 * Loopback only; the run is bounded by LOAD_SECONDS and stops by itself.
 */
import 'reflect-metadata';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { municipalities } from '@registry/geo';
import { startBenchService } from './bench-service.js';
import type { BenchCase } from './national-dataset.js';

interface Mix {
  url: string;
  seconds: number;
  connections: number;
  /** request bodies and headers by kind; the worker draws 70/20/10 */
  checks: { headers: Record<string, string>; body: string }[];
  reads: { headers: Record<string, string>; body: string }[];
  writes: { headers: Record<string, string>; body: string }[];
}

interface LoadFigures {
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  timeouts: number;
}

/**
 * The load generator, in a child process so it does not share the server's event loop (autocannon treats a
 * worker thread as one of its own workers, so a thread will not do).
 */
async function generateLoad(mix: Mix): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const draw = () => {
    const roll = Math.random();
    const pool = roll < 0.7 ? mix.checks : roll < 0.9 ? mix.reads : mix.writes;
    return pool[Math.floor(Math.random() * pool.length)] as Mix['checks'][number];
  };
  const result = await autocannon({
    url: mix.url,
    connections: mix.connections,
    duration: mix.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { headers, body } = draw();
          return { ...request, method: 'POST', headers, body };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors,
    timeouts: result.timeouts,
  };
}

const GENERATOR_INPUT = process.env.LOAD_GENERATOR_INPUT;
if (GENERATOR_INPUT) {
  const mix = JSON.parse(await readFile(GENERATOR_INPUT, 'utf8')) as Mix;
  process.stdout.write(JSON.stringify(await generateLoad(mix)));
} else {
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 8);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const service = await startBenchService({ subjectPrefix: 'load' });
  try {
    const { dataset, tokens, url } = service;
    const request = (c: BenchCase, query: string, variables: Record<string, unknown>) => ({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(c.region)}`, 'x-access-purpose': 'Load test' },
      body: JSON.stringify({ query, variables }),
    });
    const randomCase = () => dataset.cases[Math.floor(Math.random() * dataset.cases.length)] as BenchCase;
    const codes = municipalities.map((m) => m.code);
    const mix: Mix = {
      url,
      seconds,
      connections,
      checks: Array.from({ length: 3000 }, () => {
        const c = randomCase();
        return request(
          c,
          'query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { cleared flags { code severity message } } }',
          {
            c: c.id,
            m: codes[Math.floor(Math.random() * codes.length)],
          },
        );
      }),
      reads: Array.from({ length: 1000 }, () => {
        const c = randomCase();
        return request(
          c,
          'query($c: ID!) { case(id: $c) { reference status homeMunicipality { code } defector { givenName familyName } threatAssessment { level reviewDue } } }',
          { c: c.id },
        );
      }),
      writes: Array.from({ length: 500 }, (_, i) =>
        request(randomCase(), 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
          i: { kind: 'OTHER', givenName: `Load${i}`, familyName: 'Testperson', birthYear: 1990 },
        }),
      ),
    };

    out(
      `Load test, ten-times national data set (${Object.entries(dataset.counts)
        .map(([what, n]) => `${n} ${what}`)
        .join(', ')}); ${seconds} s, ${connections} connections`,
    );
    out(`  machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
    const mixFile = join(await mkdtemp(join(tmpdir(), 'registry-load-')), 'mix.json');
    await writeFile(mixFile, JSON.stringify(mix));
    const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, LOAD_GENERATOR_INPUT: mixFile },
      timeout: (seconds + 60) * 1000,
      maxBuffer: 1 << 20,
    });
    const figures = JSON.parse(stdout) as LoadFigures;
    out(`  mix: 70 % checkDestination, 20 % case reads, 10 % registerPerson`);
    out(`  requests: ${figures.requests}   throughput: ${figures.throughput.toFixed(0)} req/s`);
    out(`  latency: p50 ${figures.p50} ms, p99 ${figures.p99} ms`);
    out(`  errors: ${figures.non2xx} non-2xx, ${figures.graphqlErrors} GraphQL errors, ${figures.timeouts} timeouts`);
  } finally {
    await service.close();
  }
}
