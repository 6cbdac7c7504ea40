import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS, type EmbeddedPostgres } from '@registry/database';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/configuration.js';

export interface RunningRegistry {
  app: INestApplication;
  /** set when the service runs on its embedded PostgreSQL */
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/**
 * Builds the whole service from a validated configuration; `main.ts` and the end-to-end tests share it,
 * so the tests exercise the same wiring that production runs.
 */
export async function createRegistry(config: AppConfig, options: { logger?: false | LoggerService } = {}): Promise<RunningRegistry> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  let effective = config;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.url;
    effective = { ...config, databasePoolSize: Math.min(config.databasePoolSize, EMBEDDED_MAX_CONNECTIONS) };
  }
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(effective, databaseUrl), {
      logger: options.logger ?? ['log', 'warn', 'error'],
      bodyParser: true,
    });
    app.disable('x-powered-by');
    // Embedded mode stops its own database after Nest; main.ts handles the signals there.
    if (!embedded) app.enableShutdownHooks();
    return {
      app,
      embedded,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export async function listen(registry: RunningRegistry, config: AppConfig): Promise<string> {
  await registry.app.listen(config.port, config.host);
  const url = `http://${config.host}:${config.port}/graphql`;
  new Logger('Registry').log(`GraphQL API at ${url} (${registry.embedded ? 'embedded PostgreSQL under DATA_DIR' : 'DATABASE_URL'})`);
  return url;
}
