import { Worker } from 'node:worker_threads';

export interface LatencyProbe {
  /** Stops probing; resolves with the latency of every probe, in milliseconds. */
  stop(): Promise<number[]>;
}

/**
 * GETs `url` again and again, `intervalMs` apart, from a worker thread: its own event loop, so a
 * service that blocks its loop shows as a slow answer, not as a probe that never got sent (which is
 * what a probe on the service's own loop, like supertest in the same process, would measure).
 */
export function probeLatency(url: string, intervalMs = 25): LatencyProbe {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const http = require('node:http');
     const latencies = [];
     let stopping = false;
     parentPort.once('message', () => { stopping = true; });
     const once = () => new Promise((resolve) => {
       const started = performance.now();
       http.get(workerData.url, (res) => { res.resume(); res.on('end', () => resolve(performance.now() - started)); })
         .on('error', () => resolve(Infinity));
     });
     (async () => {
       while (!stopping) {
         latencies.push(await once());
         await new Promise((resolve) => setTimeout(resolve, workerData.intervalMs));
       }
       parentPort.postMessage(latencies);
     })();`,
    { eval: true, workerData: { url, intervalMs } },
  );
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', (latencies: number[]) => {
          void worker.terminate();
          resolve(latencies);
        });
        worker.postMessage('stop');
      }),
  };
}
