import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS, type EmbeddedPostgres } from '@registry/database';
import { AppModule } from './app.module.js';
import { AuditTrail } from './audit/audit-trail.js';
import { refuseUnreadableBodies } from './common/body-refusal.js';
import { securityHeaders } from './common/security-headers.js';
import { serveConsoleAssets } from './console/console-assets.js';
import { serveDevGraphiql } from './graphiql/dev-graphiql.js';
import type { AppConfig } from './config/configuration.js';
import { bootSteps, describeBoot, markBoot } from './observability/boot-timeline.js';

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
/** Largest request body accepted; a GraphQL document and its variables never need more. */
export const MAX_BODY = '1mb';
/** A form body: the development sign-in's three short fields. */
export const FORM_BODY = '4kb';
/** A request that has not finished in this time is cut off (the database has its own statement timeout). */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface RegistryOptions {
  /** where the JSON log goes; standard output when absent */
  logStream?: DestinationStream;
}

export async function createRegistry(config: AppConfig, options: RegistryOptions = {}): Promise<RunningRegistry> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  let effective = config;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, { template: config.embeddedTemplateDir });
    databaseUrl = embedded.url;
    markBoot('embedded database');
    effective = { ...config, databasePoolSize: Math.min(config.databasePoolSize, EMBEDDED_MAX_CONNECTIONS) };
  }
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(effective, databaseUrl, options.logStream), {
      bufferLogs: true,
      bodyParser: false,
      // A refused start (a database role that could rewrite the log, a schema behind the code) is an error
      // for the caller to report (main.ts prints it, exit code 1), not a process abort.
      abortOnError: false,
    });
    markBoot('Nest modules');
    app.useLogger(app.get(PinoLogger));
    for (const middleware of securityHeaders()) app.use(middleware);
    // Over the limit is 413 before any parsing or GraphQL work happens.
    app.useBodyParser('json', { limit: MAX_BODY });
    // The console's development sign-in form posts form-encoded; nothing else reads such a body (GraphQL's
    // CSRF prevention refuses it by its content type).
    app.useBodyParser('urlencoded', { limit: FORM_BODY, extended: false });
    // A body that cannot be read is refused here, shaped and audited like any other refusal.
    app.use(refuseUnreadableBodies(app.get(AuditTrail)));
    app.disable('x-powered-by');
    serveConsoleAssets(app, effective);
    // Development only (absent in production): GraphiQL served from node_modules by the service itself.
    await serveDevGraphiql(app, effective);
    const server = app.getHttpServer() as import('node:http').Server;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = Math.min(server.headersTimeout, REQUEST_TIMEOUT_MS);
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
  markBoot('module init, GraphQL schema, listen');
  const url = `http://${config.host}:${config.port}/graphql`;
  const logger = new Logger('Registry');
  const database = registry.embedded
    ? `embedded PostgreSQL under DATA_DIR${registry.embedded.fromTemplate ? ', new: a copy of the template' : ''}`
    : 'DATABASE_URL';
  logger.log(`GraphQL API at ${url} (${database})`);
  logger.log(describeBoot(bootSteps()));
  return url;
}
