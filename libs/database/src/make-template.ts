import { rename, rm } from 'node:fs/promises';
import { pgliteVersion, writeTemplateMarker } from './data-dir-template.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrations } from './migrations/index.js';
import { migrate } from './schema.js';

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

/**
 * Makes the embedded database's template (data-dir-template.ts) at `target`: the schema only, no reference
 * data and no installation row. Made under another name and renamed into place, so an interrupted run never
 * leaves a template that looks whole.
 */
export async function makeDataDirTemplate(target: string): Promise<void> {
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
