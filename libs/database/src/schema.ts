import type { DataSource } from 'typeorm';

/** Applies pending migrations, each in its own transaction, so a failed one leaves the schema as it was. */
export async function migrate(dataSource: DataSource): Promise<number> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.length;
}

/** Ready means: the database answers and no migration is pending. */
export async function schemaIsCurrent(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
