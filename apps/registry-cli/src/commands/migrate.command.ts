import { createDataSource, migrate, syncReferenceData } from '@registry/database';
import { UsageError } from '../usage-error.js';

export const MIGRATE_USAGE = `DATABASE_URL=postgres://… npm run migrate
  Applies pending migrations and the municipality reference data, then exits (the Kubernetes migration Job).`;

/** Needs only DATABASE_URL: the job that runs it holds no keys and no identity settings. */
export async function migrateCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (args.length > 0) throw new UsageError('migrate takes no arguments');
  if (!env.DATABASE_URL) throw new UsageError('DATABASE_URL is required');
  const dataSource = await createDataSource({ url: env.DATABASE_URL, poolSize: 2, applicationName: 'registry-migrate' }).initialize();
  try {
    const applied = await migrate(dataSource);
    await syncReferenceData(dataSource);
    return `applied ${applied} migration(s); reference data in place`;
  } finally {
    await dataSource.destroy();
  }
}
