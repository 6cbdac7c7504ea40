import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createDataSource, migrate, syncReferenceData } from '@registry/database';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { DATABASE_URL } from './database.tokens.js';
import { markBoot } from '../observability/boot-timeline.js';
import { UnitOfWork } from './unit-of-work.js';

/**
 * The TypeORM data source, migrated and with reference data in place before any module can use it:
 * the service never answers on a schema older than its code.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, DATABASE_URL],
      useFactory: (config: AppConfig, url: string) => ({ type: 'postgres' as const, url, poolSize: config.databasePoolSize }),
      dataSourceFactory: async (options) => {
        const { url, poolSize } = options as { url: string; poolSize: number };
        // A runaway statement must not hold a connection (and its locks) past the request's own timeout.
        markBoot('database module');
        const dataSource = await createDataSource({ url, poolSize, statementTimeoutMs: 20_000 }).initialize();
        markBoot('database connection');
        await migrate(dataSource);
        markBoot('migrations');
        await syncReferenceData(dataSource);
        markBoot('reference data');
        return dataSource;
      },
    }),
  ],
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class DatabaseModule {}
