import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Jest runs from the repository root; the built service is there under dist/. */
const REPO_ROOT = process.cwd();
const MAIN = join(REPO_ROOT, 'dist/apps/registry-api/src/main.js');

/**
 * Compiles the service to dist/ (`npm run build:service`, incremental; the console is not needed), so that a
 * test which runs it as a process of its own runs the code under test, not whatever an earlier build left there.
 */
export async function buildService(): Promise<void> {
  await promisify(execFile)('npm', ['run', '-s', 'build:service'], { cwd: REPO_ROOT, timeout: 300_000 });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built service (`node dist/apps/registry-api/src/main.js`) in a process of its own, as it runs in production. */
export interface ServiceProcess {
  /** its GraphQL URL */
  url: string;
  pid: number;
  /** what it wrote to standard error, for a failing test to show */
  stderr(): string;
  /** Kills it at once (SIGKILL): no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM) and waits; its exit code. */
  stop(): Promise<number | null>;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts the service with `env` (and nothing of this process's environment but PATH) and waits until it is ready. */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready: ${stderr}`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready in time: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    pid: child.pid as number,
    stderr: () => stderr,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      return exited(child);
    },
  };
}
