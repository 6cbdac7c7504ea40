import { createDataSource, grantServiceRole, migrate, syncReferenceData } from '@registry/database';
import { UsageError } from '../usage-error.js';

export const MIGRATE_USAGE = `DATABASE_MIGRATION_URL=postgres://owner@… DATABASE_APP_ROLE=registry_app npm run migrate
  Applies pending migrations and the municipality reference data as the migration (owner) role, then gives
  the service's role DATABASE_APP_ROLE its rights (append-only on the audit tables, no DDL), then exits (the
  Kubernetes migration Job). Without DATABASE_MIGRATION_URL it uses DATABASE_URL: one role for everything,
  for development only; in production both settings are required.`;

/** Needs only the database: the job that runs it holds no keys and no identity settings. */
export async function migrateCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (args.length > 0) throw new UsageError('migrate takes no arguments');
  const url = env.DATABASE_MIGRATION_URL || env.DATABASE_URL;
  const appRole = env.DATABASE_APP_ROLE || undefined;
  if (!url) throw new UsageError('DATABASE_MIGRATION_URL (or, with one role for everything, DATABASE_URL) is required');
  if (env.NODE_ENV === 'production' && (!env.DATABASE_MIGRATION_URL || !appRole)) {
    throw new UsageError('in production, DATABASE_MIGRATION_URL and DATABASE_APP_ROLE are required: the service must not own its schema');
  }
  const dataSource = await createDataSource({ url, poolSize: 2, applicationName: 'registry-migrate' }).initialize();
  try {
    const applied = await migrate(dataSource);
    await syncReferenceData(dataSource);
    let line = `applied ${applied} migration(s); reference data in place`;
    if (appRole) {
      const granted = await grantServiceRole(dataSource, appRole);
      line += `; ${appRole} granted rights on ${granted.tables} tables (append-only: ${granted.appendOnly.join(', ')})`;
    }
    return line;
  } finally {
    await dataSource.destroy();
  }
}
