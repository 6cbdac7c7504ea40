import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from '@registry/database';
import { UsageError } from '../usage-error.js';

export interface OpenedDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The registry's database for an operator command: DATABASE_URL, or else the embedded database under
 * DATA_DIR. The embedded one can be held by one process only, and the running server holds it: stop
 * the server first (PGlite has no lock file to refuse a second opener, so this is on the operator).
 * Migrations are the server's job; the command only checks that the audit tables are there.
 */
export async function openRegistryDatabase(env: NodeJS.ProcessEnv): Promise<OpenedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    const dataDir = env.DATA_DIR || './data';
    try {
      await access(join(dataDir, 'pgdata'));
    } catch {
      throw new UsageError(`no DATABASE_URL, and no embedded database under ${dataDir}`);
    }
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  let dataSource: DataSource | undefined;
  try {
    dataSource = await createDataSource({
      url,
      poolSize: embedded ? Math.min(2, EMBEDDED_MAX_CONNECTIONS) : 2,
      applicationName: 'registry-cli',
    }).initialize();
    const [row] = (await dataSource.query("SELECT to_regclass('audit_event') IS NOT NULL AS present")) as { present: boolean }[];
    if (!row?.present) throw new UsageError('the database has no audit log yet: start the service once so it applies its migrations');
  } catch (error) {
    await dataSource?.destroy();
    await embedded?.stop();
    throw error;
  }
  const opened = dataSource;
  return {
    dataSource: opened,
    async close() {
      await opened.destroy();
      await embedded?.stop();
    },
  };
}
