import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { connectedRoleFaults, createDataSource, migrate, schemaIsCurrent, syncReferenceData } from '@registry/database';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { DATABASE_URL } from './database.tokens.js';
import { markBoot } from '../observability/boot-timeline.js';
import { UnitOfWork } from './unit-of-work.js';

/** The database is reachable but not fit to serve from; the message says what to fix. */
class StartRefusedError extends Error {}

/**
 * Production: the schema is the migration job's (as the owner role), and the service's role must not be able
 * to rewrite the audit log or the schema. Either failing stops the start, naming what to fix.
 */
async function refuseUnfitDatabase(dataSource: DataSource): Promise<void> {
  const faults = await connectedRoleFaults(dataSource);
  if (faults.length > 0) {
    throw new StartRefusedError(
      `Refusing to start: DATABASE_URL must connect as the service's own role (docs/operations.md, database roles): ${faults.join('; ')}`,
    );
  }
  if (!(await schemaIsCurrent(dataSource))) {
    throw new StartRefusedError(
      'Refusing to start: the database schema is behind this release; run `npm run migrate` (DATABASE_MIGRATION_URL) first',
    );
  }
}

/**
 * The TypeORM data source, migrated and with reference data in place before any module can use it:
 * the service never answers on a schema older than its code.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, DATABASE_URL],
      useFactory: (config: AppConfig, url: string) => ({
        type: 'postgres' as const,
        url,
        poolSize: config.databasePoolSize,
        migrateOnStart: config.migrateOnStart,
        // A refusal stays a refusal: retrying it only delays the message.
        toRetry: (error: unknown) => !(error instanceof StartRefusedError),
      }),
      dataSourceFactory: async (options) => {
        const { url, poolSize, migrateOnStart } = options as unknown as { url: string; poolSize: number; migrateOnStart: boolean };
        // A runaway statement must not hold a connection (and its locks) past the request's own timeout.
        markBoot('database module');
        const dataSource = await createDataSource({ url, poolSize, statementTimeoutMs: 20_000 }).initialize();
        markBoot('database connection');
        try {
          if (migrateOnStart) await migrate(dataSource);
          else await refuseUnfitDatabase(dataSource);
          markBoot('migrations');
          await syncReferenceData(dataSource);
          markBoot('reference data');
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class DatabaseModule {}
