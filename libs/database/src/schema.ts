import type { DataSource } from 'typeorm';

/** Any fixed number: the one advisory lock every instance and the migration job take before migrating. */
export const MIGRATION_LOCK = 7_340_001;

/**
 * Applies pending migrations, each in its own transaction, so a failed one leaves the schema as it was.
 * Replicas starting together and the migration job serialise on an advisory lock held by one dedicated
 * connection, so two of them never run the same migration at once.
 */
export async function migrate(dataSource: DataSource): Promise<number> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lockHolder.release();
  }
}

/** Ready means: the database answers and no migration is pending. */
export async function schemaIsCurrent(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
