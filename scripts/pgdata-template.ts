/**
 * Makes the embedded database's template (libs/database/src/data-dir-template.ts): a new PGlite database,
 * migrated, stopped, under dist/.pgdata-template. `npm ci` runs it (scripts/install-build.mjs) so that the
 * first `npm start` of a new clone copies a database instead of initialising one; the service works the same
 * without it, only its first start is slower.
 *
 *   node dist/scripts/pgdata-template.js [directory]
 */
import { resolve } from 'node:path';
import { makeDataDirTemplate } from '@registry/database';

const target = resolve(process.argv[2] ?? 'dist/.pgdata-template');
const started = Date.now();
makeDataDirTemplate(target).then(
  () => process.stderr.write(`registry: embedded database template ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${target})\n`),
  (error: unknown) => {
    process.stderr.write(
      `registry: could not make the embedded database template: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
