#!/usr/bin/env node
/**
 * `npm run build`: builds dist/ only when an input changed since the last build, so the service's
 * `npm start` does not spend half a minute rebuilding a console nobody touched.
 *
 * The inputs are hashed by content (not by mtime, which a checkout or a copy changes), and the hash of
 * the last successful build is kept in dist/.build-hash. `npm run build:force` (--force) always builds;
 * both run `npm run build:dist` (map, GraphQL types, type-check, vite build) and then check the result.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webRoot, '../..');
const hashFile = join(webRoot, 'dist/.build-hash');

/** What the build reads. Directories are walked; a missing entry simply contributes nothing. */
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
  '../../libs/geo/data/municipalities.geojson',
  '../../libs/geo/data/municipalities.csv',
  '../../libs/geo/data/police-regions.csv',
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

export function sourceHash() {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) => filesUnder(join(webRoot, input))).sort();
  for (const file of files) {
    // Names relative to the repository, so the hash is the same in every checkout of it.
    hash.update(relative(repoRoot, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function lastBuildHash() {
  if (!existsSync(hashFile) || !existsSync(join(webRoot, 'dist/index.html'))) return undefined;
  return readFileSync(hashFile, 'utf8').trim();
}

const force = process.argv.includes('--force');
if (!force && lastBuildHash() === sourceHash()) {
  process.stdout.write('registry-web: dist/ is up to date (sources unchanged since the last build)\n');
  process.exit(0);
}

const build = spawnSync('npm', ['run', '-s', 'build:dist'], { cwd: webRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

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
  process.stderr.write(`registry-web: dist/index.html has ${inline.map(([, what]) => what).join(', ')}; the CSP would refuse it\n`);
  process.exit(1);
}
// Hashed after the build: the build regenerates checked-in files (map, GraphQL types), identical when current.
writeFileSync(hashFile, `${sourceHash()}\n`);
process.stdout.write('registry-web: built dist/\n');
