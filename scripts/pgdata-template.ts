/**
 * Makes the embedded database's template (libs/database/src/data-dir-template.ts): a new PGlite database,
 * migrated, stopped, under dist/.pgdata-template. `npm ci` runs it (scripts/install-build.mjs) so that the
 * first `npm start` of a new clone copies a database instead of initialising one; the service works the same
 * without it, only its first start is slower.
 *
 *   node dist/scripts/pgdata-template.js [directory]
 */
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createDataSource, migrate, migrations, pgliteVersion, startEmbeddedPostgres, writeTemplateMarker } from '@registry/database';

/** A new database under `dataDir`, migrated and stopped. Two connections: migrate() holds one for its lock. */
async function migratedDatabase(dataDir: string): Promise<void> {
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    const dataSource = await createDataSource({ url: embedded.url, poolSize: 2, applicationName: 'pgdata-template' }).initialize();
    try {
      await migrate(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded.stop();
  }
}

/** Made under another name and renamed into place: an interrupted run never leaves a template that looks whole. */
async function makeTemplate(target: string): Promise<void> {
  const partial = `${target}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  try {
    await migratedDatabase(partial);
    await writeTemplateMarker(partial, { pglite: pgliteVersion(), migrations: migrations.map((m) => m.name) });
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

const target = resolve(process.argv[2] ?? 'dist/.pgdata-template');
const started = Date.now();
makeTemplate(target).then(
  () => process.stderr.write(`registry: embedded database template ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${target})\n`),
  (error: unknown) => {
    process.stderr.write(
      `registry: could not make the embedded database template: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
