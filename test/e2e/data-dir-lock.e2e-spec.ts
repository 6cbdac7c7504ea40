import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildService, startServiceProcess } from '../support/service-process.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const MAIN = join(process.cwd(), 'dist/apps/registry-api/src/main.js');

/** The built service on the embedded database under `dataDir`; resolves when it is ready or has exited. */
function start(dataDir: string, port: number) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error', DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // Bounded, so a process that does not end fails the test with what it said instead of hanging it.
  const exited = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process ${child.pid} did not exit in time: ${stderr}`)), 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  exited.catch(() => undefined);
  const outcome = (async (): Promise<'ready' | 'exited'> => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) return 'exited';
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(5000) })).ok) return 'ready';
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`neither ready nor exited in time: ${stderr}`);
  })();
  return { child, outcome, exited, stderr: () => stderr };
}

describe('the embedded database lock, with the service as a process', () => {
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    await buildService();
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('starts again at once after SIGKILL, its own lock left behind', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-lock-kill-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await startServiceProcess({ DATA_DIR: dataDir });
    cleanups.push(() => first.kill());
    await first.kill();
    const second = await startServiceProcess({ DATA_DIR: dataDir });
    cleanups.push(() => second.kill());
    expect((await fetch(second.url.replace('/graphql', '/health/ready'))).status).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 300_000);

  it('lets exactly one of two starts on one data directory win; the other says why in one line', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-lock-race-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const racers = [start(dataDir, await freePort()), start(dataDir, await freePort())];
    cleanups.push(async () => {
      for (const racer of racers) racer.child.kill('SIGKILL');
    });
    const outcomes = await Promise.all(racers.map((racer) => racer.outcome));
    // A sorted copy: the outcomes' own order says which racer won.
    expect([...outcomes].sort()).toEqual(['exited', 'ready']);
    const winner = racers[outcomes.indexOf('ready')] ?? racers[0];
    const loser = racers.find((racer) => racer !== winner) as (typeof racers)[number];
    expect(await loser.exited).toBe(1);
    const lines = loser.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Registry failed to start: The embedded database under DATA_DIR is in use by process ${winner?.child.pid}; stop it first, or use DATABASE_URL \\(it holds the lock since .+\\)$`,
      ),
    );
    winner?.child.kill('SIGTERM');
    expect(await winner?.exited).toBe(0);
  }, 300_000);
});
