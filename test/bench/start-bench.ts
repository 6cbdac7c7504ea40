/**
 * `npm run bench:start`: how long `npm start` takes to answer /health/ready 200, on the embedded database.
 *
 * By default in a fresh copy of the committed tree (`git archive HEAD`, node_modules linked from this
 * checkout, since the bench may not install packages), so that "cold" is honest:
 *   1. install: what `npm ci` adds to installing the packages (scripts/install-build.mjs: build the service and
 *      the console, make the embedded database's template), timed on its own;
 *   2. cold: the first `npm start` there, on a new DATA_DIR;
 *   3. warm: `npm start` again, nothing changed, same DATA_DIR (median of --runs);
 *   4. warm with the demo country (`npm run demo` against the running service first);
 *   5. for comparison, a new DATA_DIR without the template (PGlite initialises the database itself).
 * Each start's own log line ("Started in …") says what the start spent its time on; the bench prints it.
 *
 *   npm run bench:start -- [--here] [--runs N] [--port P]
 * --here: use this checkout as it is (no copy, no install step; cold is a new DATA_DIR only).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { here: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, port: { type: 'string', default: '3917' } },
});
const RUNS = Math.max(1, Number(values.runs));
const PORT = Number(values.port);
const READY_TIMEOUT_MS = 180_000;
const checkout = resolve(process.cwd());

const out = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface StartRun {
  readyMs: number;
  /** the service's own account of its start, from its log */
  steps: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  return performance.now() - started;
}

async function answersReady(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/health/ready`)).status === 200;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Its own process group (detached): npm, the shell it starts and the service all get the signal.
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
  // npm may exit before the service has closed its port and its database.
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/health/live`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the service on port ${PORT} did not stop`);
}

/** Runs `npm start` in `tree` on `dataDir` until /health/ready answers 200; leaves it running when `keep` is set. */
async function timeStart(tree: string, dataDir: string, keep = false): Promise<StartRun & { child: ChildProcess }> {
  if (await answersReady()) throw new Error(`something already answers on port ${PORT}; pick another with --port`);
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: tree,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (;;) {
    if (await answersReady()) break;
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log.slice(-2000)}`);
    if (performance.now() - started > READY_TIMEOUT_MS) {
      await stop(child);
      throw new Error(`not ready after ${READY_TIMEOUT_MS} ms:\n${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const startedLine = /"msg":"Started in [^,]*, (CPU [^ ]* s) \(([^)]*)\)/.exec(log);
  const steps = startedLine ? `${startedLine[1]}: ${startedLine[2]}` : '(no "Started in" line in the log)';
  const rebuilt = log.match(/registry: building [^\n]*/g) ?? [];
  if (!keep) await stop(child);
  return { readyMs, steps: [...rebuilt, steps].join('; '), child };
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function warmRuns(tree: string, dataDir: string, label: string): Promise<number> {
  const runs: StartRun[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await timeStart(tree, dataDir));
  const ready = median(runs.map((r) => r.readyMs));
  out(`${label}: ${seconds(ready)} median of ${runs.map((r) => seconds(r.readyMs)).join(', ')}`);
  out(`  the median run: ${runs.find((r) => r.readyMs === ready)!.steps}`);
  return ready;
}

/** A copy of the committed tree, as a clone would have it, with this checkout's packages linked in. */
function freshTree(): string {
  const tree = mkdtempSync(join(tmpdir(), 'registry-start-bench-'));
  const archive = spawnSync('sh', ['-c', `git -C "${checkout}" archive HEAD | tar -x -C "${tree}"`], { stdio: 'inherit' });
  if (archive.status !== 0) throw new Error('git archive failed');
  symlinkSync(join(checkout, 'node_modules'), join(tree, 'node_modules'));
  mkdirSync(join(tree, 'apps/registry-web'), { recursive: true });
  symlinkSync(join(checkout, 'apps/registry-web/node_modules'), join(tree, 'apps/registry-web/node_modules'));
  return tree;
}

async function main(): Promise<void> {
  out('npm start until /health/ready answers 200, embedded database (PGlite)');
  out(`  machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  out(`  load average before: ${load()} (shared with other work)`);
  const tree = values.here ? checkout : freshTree();
  const scratch = mkdtempSync(join(tmpdir(), 'registry-start-data-'));
  try {
    if (!values.here) {
      out(`  fresh copy of HEAD in ${tree}`);
      const install = run(process.execPath, ['scripts/install-build.mjs'], tree);
      out(`install (added to npm ci: build service and console, database template): ${seconds(install)}`);
    }
    const template = join(tree, 'dist/.pgdata-template');
    out(`  database template ${existsSync(template) ? 'present' : 'ABSENT: cold starts initialise the database'}`);

    const dataDir = join(scratch, 'data');
    const cold = await timeStart(tree, dataDir);
    out(`cold (new DATA_DIR${values.here ? '' : ', first start after install'}): ${seconds(cold.readyMs)}`);
    out(`  ${cold.steps}`);

    await warmRuns(tree, dataDir, 'warm (nothing changed, empty register)');

    const demo = await timeStart(tree, dataDir, true);
    try {
      const demoMs = run(
        process.execPath,
        ['dist/apps/registry-cli/src/main.js', 'demo', '--url', `http://127.0.0.1:${PORT}/graphql`],
        tree,
        { ...process.env, DATA_DIR: dataDir },
      );
      out(`  (demo country loaded in ${seconds(demoMs)})`);
    } finally {
      await stop(demo.child);
    }
    await warmRuns(tree, dataDir, 'warm (nothing changed, demo country)');

    if (existsSync(template)) {
      const aside = `${template}.bench-aside`;
      renameSync(template, aside);
      try {
        const bare = await timeStart(tree, join(scratch, 'data-without-template'));
        out(`for comparison, a new DATA_DIR without the template: ${seconds(bare.readyMs)}`);
        out(`  ${bare.steps}`);
      } finally {
        renameSync(aside, template);
      }
    }
    out(`  load average after: ${load()}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (!values.here) rmSync(tree, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
