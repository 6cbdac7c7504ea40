#!/usr/bin/env node
/**
 * `npm run build`: builds dist/ only when an input changed since the last build, so the service's
 * `npm start` does not spend half a minute rebuilding a console nobody touched. The repository's
 * scripts/build.mjs (what the root's `npm run build` and `npm start` run) imports consoleChange and
 * buildConsole from here rather than starting npm.
 *
 * Whether an input changed is scripts/build-stamp.mjs's answer: sizes and modification times first, and the
 * content (SHA-256) of a file whose time moved, which a checkout or a copy does. The stamp of the last
 * successful build is dist/.build-stamp.json. `npm run build:force` (--force) always builds; both run
 * `npm run build:dist` (map, GraphQL types, type-check, vite build) and then check the result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { changeSince, inputFiles, readStamp, takeStamp, writeStamp } from '../../../scripts/build-stamp.mjs';

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webRoot, '../..');
const stampFile = join(webRoot, 'dist/.build-stamp.json');

/** What the build reads, relative to the repository. Directories are walked; a missing entry contributes nothing. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'codegen.ts',
  'schema.graphql',
  'package.json',
  'package-lock.json',
  'scripts/build-map.mjs',
]
  .map((input) => `apps/registry-web/${input}`)
  .concat(['libs/geo/data/municipalities.geojson', 'libs/geo/data/municipalities.csv', 'libs/geo/data/police-regions.csv']);

function consoleInputFiles() {
  return inputFiles(repoRoot, INPUTS);
}

/** Why the console must be rebuilt, or undefined when dist/ is current. */
export function consoleChange() {
  if (!existsSync(join(webRoot, 'dist/index.html'))) return 'dist/ has no console';
  return changeSince(readStamp(stampFile), repoRoot, consoleInputFiles());
}

/** Builds dist/ and checks it; throws when either fails. */
export function buildConsole() {
  const build = spawnSync('npm', ['run', '-s', 'build:dist'], { cwd: webRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`registry-web: the build failed (exit ${build.status ?? build.signal})`);

  // The service sends `script-src 'self'; style-src 'self'`: anything inline in the page would be refused.
  const html = readFileSync(join(webRoot, 'dist/index.html'), 'utf8');
  const inline = [
    [/<script(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
    [/<style[\s>]/i, 'a <style> element'],
    [/\sstyle\s*=/i, 'a style attribute'],
    [/\son[a-z]+\s*=/i, 'an inline event handler'],
    [/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i, 'a reference to another origin'],
  ].filter(([pattern]) => pattern.test(html));
  if (inline.length > 0) {
    throw new Error(`registry-web: dist/index.html has ${inline.map(([, what]) => what).join(', ')}; the CSP would refuse it`);
  }
  // Stamped after the build: the build regenerates checked-in files (map, GraphQL types), identical when current.
  writeStamp(stampFile, takeStamp(repoRoot, consoleInputFiles()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const why = process.argv.includes('--force') ? 'forced' : consoleChange();
  if (!why) {
    process.stdout.write('registry-web: dist/ is up to date (sources unchanged since the last build)\n');
    process.exit(0);
  }
  try {
    buildConsole();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write('registry-web: built dist/\n');
}
