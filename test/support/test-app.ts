import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration, type AppConfig } from '../../apps/registry-api/src/config/configuration.js';
import { migrateCommand } from '../../apps/registry-cli/src/commands/migrate.command.js';
import { createRoleSeparatedTestDatabase, createTestDatabase, type RoleSeparatedTestDatabase, type TestDatabase } from './test-database.js';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER, type TestIdentityProvider } from './test-identity.js';

/** Keeps every line the service logs, so tests can prove no protected value reaches the log. */
class CapturingStream implements DestinationStream {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
}

export interface TestApp {
  /** everything the service logged */
  logs: string[];
  registry: RunningRegistry;
  database: TestDatabase;
  idp: TestIdentityProvider;
  config: AppConfig;
  http: App;
  /** POST /graphql with a bearer token and, if given, an access purpose */
  graphql(query: string, options?: { token?: string; purpose?: string; variables?: Record<string, unknown> }): request.Test;
  close(): Promise<void>;
}

/**
 * The real service on its own fresh database on the test PostgreSQL server, with a stand-in identity provider.
 * In production mode as production runs it: migrated by the owner role, served by the service's own role.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  if (env.NODE_ENV === 'production') return startRoleSeparatedTestApp(env);
  const database = await createTestDatabase();
  return launch(database, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '4', ...env });
}

/**
 * The service on a database with two roles: `npm run migrate` as the owner (granting the service role its
 * rights), then the service connected as its own role.
 */
export async function startRoleSeparatedTestApp(
  env: Record<string, string> = {},
): Promise<TestApp & { database: RoleSeparatedTestDatabase }> {
  const database = await createRoleSeparatedTestDatabase();
  try {
    await migrateCommand([], { NODE_ENV: 'production', DATABASE_MIGRATION_URL: database.ownerUrl, DATABASE_APP_ROLE: database.appRole });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const app = await launch(database, { DATABASE_URL: database.appUrl, DATABASE_POOL_SIZE: '4', ...env });
  return { ...app, database };
}

/**
 * The same service on its embedded PostgreSQL (PGlite under a fresh DATA_DIR, as `npm start` without
 * DATABASE_URL runs it); `database.url` reaches it while the service runs.
 */
export async function startEmbeddedTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const embedded: TestDatabase = { name: 'embedded', url: '', drop: async () => undefined };
  const app = await launch(embedded, env);
  embedded.url = app.registry.embedded?.url ?? '';
  return app;
}

async function launch(database: TestDatabase, env: Record<string, string>): Promise<TestApp> {
  const idp = await createTestIdentityProvider();
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-data-'));
  const config = loadConfiguration({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    AUTH_JWKS_FILE: idp.jwksFile,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    ...env,
  });
  const logStream = new CapturingStream();
  let registry: RunningRegistry;
  try {
    registry = await createRegistry(config, { logStream });
    await registry.app.init();
  } catch (error) {
    await database.drop();
    throw error;
  }
  const http = registry.app.getHttpServer() as App;
  return {
    logs: logStream.lines,
    registry,
    database,
    idp,
    config,
    http,
    graphql(query, options = {}) {
      const req = request(http).post('/graphql').set('Content-Type', 'application/json');
      if (options.token) req.set('Authorization', `Bearer ${options.token}`);
      if (options.purpose) req.set('X-Access-Purpose', options.purpose);
      return req.send({ query, variables: options.variables ?? {} });
    },
    async close() {
      await registry.close();
      await database.drop();
      if (registry.embedded) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
