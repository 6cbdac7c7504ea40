/**
 * What the HTTP benchmarks share: a database of their own on the test PostgreSQL server (or the embedded
 * PostgreSQL under a fresh DATA_DIR, as `npm start` runs it for a new user), the real service on it
 * (listening on a loopback port), a synthetic country written in bulk, and a token per region.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { DataKeysService } from '../../apps/registry-api/src/protection/data-keys.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER } from '../support/test-identity.js';
import { generateNationalDataset, TEN_TIMES_TODAY, type DatasetScale, type GeneratedDataset } from './national-dataset.js';

export interface BenchService {
  database: TestDatabase;
  registry: RunningRegistry;
  /** the service's GraphQL URL on loopback */
  url: string;
  today: string;
  dataset: GeneratedDataset;
  generationSeconds: number;
  /** a POLICE_REGIONAL token for each region, subject `${prefix}-${region}` */
  tokens: ReadonlyMap<PoliceRegion, string>;
  close(): Promise<void>;
}

export interface BenchServiceOptions {
  subjectPrefix: string;
  poolSize?: string;
  /** `postgres` (default): a database of its own on TEST_DATABASE_URL's server; `embedded`: PGlite under a fresh DATA_DIR */
  database?: 'postgres' | 'embedded';
  /** the country to write; ten times today's national scale by default */
  scale?: DatasetScale;
  /** where the service's JSON log goes; by default only errors reach standard error */
  logStream?: { write(line: string): void };
}

export async function startBenchService(options: BenchServiceOptions): Promise<BenchService> {
  const embedded = options.database === 'embedded';
  // The embedded database lives and dies with the service; its URL is known once the service runs.
  const database: TestDatabase = embedded ? { name: 'embedded', url: '', drop: async () => undefined } : await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-bench-'));
  let registry: RunningRegistry | undefined;
  const close = async () => {
    await registry?.close();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const idp = await createTestIdentityProvider();
    const config = loadConfiguration({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      ...(embedded ? {} : { DATABASE_URL: database.url }),
      DATABASE_POOL_SIZE: options.poolSize ?? '10',
      AUTH_JWKS_FILE: idp.jwksFile,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      // A handful of bench subjects drive far more than officers would; the limiter still runs on every request.
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const logStream = options.logStream ?? { write: (line: string) => void (/"level":(5|6)\d/.test(line) && process.stderr.write(line)) };
    registry = await createRegistry(config, { logStream });
    await registry.app.listen(0, '127.0.0.1');
    if (embedded) database.url = registry.embedded?.url ?? '';
    const url = `http://127.0.0.1:${(registry.app.getHttpServer().address() as AddressInfo).port}/graphql`;

    const today = todayInSweden();
    const uow = registry.app.get(UnitOfWork);
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    const started = performance.now();
    let dataset: GeneratedDataset;
    try {
      dataset = await generateNationalDataset(
        sql,
        (work) => uow.transaction(work),
        registry.app.get(DataKeysService),
        options.scale ?? TEN_TIMES_TODAY,
        today,
      );
    } finally {
      await sql.end();
    }
    const generationSeconds = (performance.now() - started) / 1000;

    const tokens = new Map<PoliceRegion, string>();
    for (const region of POLICE_REGIONS) {
      tokens.set(
        region,
        await idp.sign(
          { roles: ['POLICE_REGIONAL'], police_region: region },
          { sub: `${options.subjectPrefix}-${region}`, expiresIn: 3600 },
        ),
      );
    }
    return { database, registry, url, today, dataset, generationSeconds, tokens, close };
  } catch (error) {
    await close();
    throw error;
  }
}
