import { DataSource } from 'typeorm';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** cut off any single statement after this long (the service sets it; operator commands may run long) */
  statementTimeoutMs?: number;
}

/**
 * The one way the code reaches PostgreSQL, embedded or not. Schema changes come only from migrations:
 * `synchronize` would let an entity edit silently alter a production register.
 */
export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize: settings.poolSize ?? 10,
    applicationName: settings.applicationName ?? 'registry-api',
    extra: {
      connectionTimeoutMillis: 10_000,
      ...(settings.statementTimeoutMs
        ? { statement_timeout: settings.statementTimeoutMs, idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2 }
        : {}),
    },
  });
}
