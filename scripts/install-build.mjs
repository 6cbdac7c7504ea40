#!/usr/bin/env node
/**
 * The root's postinstall, after the console's own install: builds the service and the console and makes the
 * embedded database's template, so that the first `npm start` after `npm ci` has nothing to compile and no
 * database to initialise (docs/performance.md, "Start").
 *
 * Skipped, with a line saying so, where the sources are not there yet: the Docker image's dependency stage
 * installs from package.json alone and builds in a later stage. `npm ci --ignore-scripts` skips it too, and
 * `npm start` then builds whatever is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(repoRoot, 'apps/registry-api/src/main.ts'))) {
  process.stderr.write('registry: no sources here; nothing to build at install time\n');
  process.exit(0);
}
// Imported only now: the builder's own modules are among the sources the Docker stage does not have yet.
const { build } = await import('./build.mjs');
try {
  build();
} catch (error) {
  // The packages are installed either way; a source that does not compile is `npm start`'s to report.
  process.stderr.write(`${error.message}\nregistry: not built at install time; npm start builds\n`);
  process.exit(0);
}
const template = spawnSync(process.execPath, [join(repoRoot, 'dist/scripts/pgdata-template.js')], { cwd: repoRoot, stdio: 'inherit' });
// Without a template the service still starts; only a new DATA_DIR's first start is slower.
if (template.status !== 0) process.stderr.write('registry: continuing without the embedded database template\n');
