import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CONSOLE_E2E_PORT, CONSOLE_E2E_URL, REPO_ROOT, STATE_FILE, type E2eState } from './service.js';

const run = promisify(execFile);

async function waitForReady(deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(`${CONSOLE_E2E_URL}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The service did not become ready in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function startService(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/registry-api/src/main.js')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForReady(Date.now() + 60_000);
  return server;
}

/** SIGTERM, then wait for the exit: the embedded database is closed cleanly before another process opens it. */
async function stopService(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/**
 * Starts the built service on a fresh data directory and the embedded database, loads the demo data set, then
 * stops it to run `demo-history` (which moves the demo's events into past months, so that the statistics page
 * has figures) and starts it again for the specs.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-console-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(CONSOLE_E2E_PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  for (const name of Object.keys(env))
    if (name.startsWith('AUTH_') || name.startsWith('OIDC_') || name === 'DATABASE_URL') delete env[name];
  const first = await startService(env);
  const { stdout } = await run(
    process.execPath,
    [join(REPO_ROOT, 'dist/apps/registry-cli/src/main.js'), 'demo', '--url', `${CONSOLE_E2E_URL}/graphql`],
    {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const demo: Record<string, string> = {};
  // `export NAME='value' OTHER='value'   # comment`: every assignment of every export line.
  for (const line of stdout.split('\n').filter((l) => l.startsWith('export '))) {
    for (const match of line.split(/\s+#/)[0]!.matchAll(/([A-Z_]+)=(?:'([^']*)'|"([^"]*)"|(\S+))/g))
      demo[match[1]!] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  await stopService(first);
  const cli = join(REPO_ROOT, 'dist/apps/registry-cli/src/main.js');
  await run(process.execPath, [cli, 'demo-history'], { cwd: REPO_ROOT, env });
  const server = await startService(env);
  const state: E2eState = { pid: server.pid!, dataDir, demo };
  await mkdir(dirname(STATE_FILE), { recursive: true });
  await writeFile(STATE_FILE, JSON.stringify(state));
}
