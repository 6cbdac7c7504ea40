/**
 * A closed-loop HTTP load generator on a worker thread, so the clients do not share the server's event loop:
 * `concurrency` virtual users each send one request, wait for the answer, and send the next, over
 * keep-alive connections, until the time is up. Loopback only.
 */
import { Agent, request } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface LoadRequest {
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  url: string;
  requests: readonly LoadRequest[];
  concurrency: number;
  durationMs: number;
}

export interface LoadResult {
  /** milliseconds, one per answered request, in completion order */
  latencies: Float64Array;
  elapsedMs: number;
  /** answers that were not HTTP 200 or carried GraphQL errors */
  failures: number;
  firstFailure?: string;
}

interface WorkerInput extends LoadOptions {
  kind: 'http-load';
}

function send(agent: Agent, url: URL, load: LoadRequest): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...load.headers, 'Content-Length': Buffer.byteLength(load.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(load.body);
  });
}

async function generate(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const user = async () => {
    while (performance.now() < deadline) {
      const load = options.requests[next++ % options.requests.length] as LoadRequest;
      const t0 = performance.now();
      const { status, text } = await send(agent, url, load);
      latencies.push(performance.now() - t0);
      if (status !== 200 || text.includes('"errors"')) {
        failures += 1;
        firstFailure ??= `HTTP ${status}: ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, user));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latencies: Float64Array.from(latencies), elapsedMs, failures, firstFailure };
}

/** Runs one load phase on a worker thread. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: 'http-load', ...options } satisfies WorkerInput });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.kind === 'http-load') {
  const result = await generate(workerData as WorkerInput);
  parentPort?.postMessage(result, [result.latencies.buffer as ArrayBuffer]);
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
