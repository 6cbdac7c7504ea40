#!/usr/bin/env node
/**
 * `npm run build` (service and console), `npm run build:service`: each part is rebuilt only when one of its
 * inputs changed since its last build (scripts/build-stamp.mjs); --force always rebuilds.
 *
 *   node scripts/build.mjs [service] [console] [--force]     (neither named: both)
 *
 * The service is `tsc -p tsconfig.build.json` (incremental) and `tsc-alias` into dist/; its stamp is
 * dist/.build-stamp.json. The console is apps/registry-web's own build (apps/registry-web/scripts/build-if-changed.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { changeSince, inputFiles, readStamp, takeStamp, writeStamp } from './build-stamp.mjs';
import { buildConsole, consoleChange } from '../apps/registry-web/scripts/build-if-changed.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const serviceEntry = join(repoRoot, 'dist/apps/registry-api/src/main.js');
const serviceStamp = join(repoRoot, 'dist/.build-stamp.json');

/** What tsconfig.build.json compiles, and what changes its output. */
const SERVICE_INPUTS = [
  'apps',
  'libs',
  'scripts',
  'test/bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];

function notServiceInput(name) {
  if (name.endsWith('/')) return name === 'apps/registry-web/'; // the console: built on its own
  if (!name.includes('/')) return false; // the root's configuration and lock files
  return !name.endsWith('.ts') || name.endsWith('.spec.ts') || name.endsWith('.e2e-spec.ts');
}

export function serviceInputFiles(root = repoRoot) {
  return inputFiles(root, SERVICE_INPUTS, notServiceInput);
}

/**
 * tsc's record of its last run: when a compiler ran without this script (`npx tsc -p tsconfig.build.json`
 * on another branch, say), dist/ may no longer be what the stamp describes.
 */
function compilerRecord(root) {
  try {
    const { size, mtimeMs } = statSync(join(root, 'dist/.tsbuildinfo.build'));
    return `${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Why the service must be rebuilt, or undefined when dist/ is current. */
export function serviceChange(root = repoRoot) {
  if (!existsSync(join(root, 'dist/apps/registry-api/src/main.js'))) return 'dist/ has no service';
  const stamp = readStamp(join(root, 'dist/.build-stamp.json'));
  if (stamp && stamp.compiler !== compilerRecord(root)) return 'dist/ was compiled without this script since';
  return changeSince(stamp, root, serviceInputFiles(root));
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function buildService() {
  // Stamped before compiling: a file edited while tsc runs then counts as changed at the next start.
  const stamp = takeStamp(repoRoot, serviceInputFiles());
  const bin = join(repoRoot, 'node_modules/.bin');
  run(join(bin, 'tsc'), ['-p', 'tsconfig.build.json']);
  run(join(bin, 'tsc-alias'), ['-p', 'tsconfig.build.json']);
  writeStamp(serviceStamp, { ...stamp, compiler: compilerRecord(repoRoot) });
}

export { buildConsole, consoleChange };

/** Builds what changed (or everything with `force`); says what it did on standard error. */
export function build({ service = true, console: web = true, force = false } = {}) {
  if (service) {
    const why = force ? 'forced' : serviceChange();
    if (why) {
      process.stderr.write(`registry: building the service (${why})\n`);
      buildService();
    }
  }
  if (web) {
    const why = force ? 'forced' : consoleChange();
    if (why) {
      process.stderr.write(`registry: building the console (${why})\n`);
      buildConsole();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const named = args.filter((arg) => !arg.startsWith('--'));
  const unknown = named.filter((arg) => arg !== 'service' && arg !== 'console');
  if (unknown.length > 0) {
    process.stderr.write(`usage: node scripts/build.mjs [service] [console] [--force]\n`);
    process.exit(2);
  }
  try {
    build({
      service: named.length === 0 || named.includes('service'),
      console: named.length === 0 || named.includes('console'),
      force: args.includes('--force'),
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
