/**
 * What the HTTP benchmarks share: a database of their own on the test PostgreSQL server, the real service on
 * it (listening on a loopback port), the ten-times-national data set written in bulk, and a token per region.
 * The data set is written through one service and served by another started afresh, so nothing the writing
 * left in memory (unwrapped data keys, decrypted facts) flatters the figures; a benchmark that measures
 * memory writes it in another process altogether (createBenchRegister, serveBenchRegister).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
import { stampRowsLackingMac, type Queryable } from '@registry/database';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { KeyRingHolder } from '../../apps/registry-api/src/protection/key-ring.holder.js';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { DataKeysService } from '../../apps/registry-api/src/protection/data-keys.service.js';
import { TeamWriter } from '../../apps/registry-api/src/teams/team-writer.js';
import { RecheckWorker } from '../../apps/registry-api/src/placements/recheck.worker.js';
import { createTestDatabase, testDatabaseNamed, type TestDatabase } from '../support/test-database.js';
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
  /** where the service's JSON log goes; by default only errors reach standard error */
  logStream?: { write(line: string): void };
  /** the data set's size; ten times today's national scale by default */
  scale?: DatasetScale;
  /** `postgres` (default): a database of its own on TEST_DATABASE_URL's server; `embedded`: PGlite under a fresh DATA_DIR */
  database?: 'postgres' | 'embedded';
  /**
   * Whether to run the start-up re-check of every placement before measuring (default true); a benchmark that
   * holds the re-check off (RECHECK_INTERVAL_MS) and settles its own facts passes false.
   */
  settle?: boolean;
  /** further settings for the service (RECHECK_INTERVAL_MS, ...) */
  env?: Record<string, string>;
}

/** A written register the service can be started on, in this process or another (it is plain data). */
export interface BenchRegister {
  databaseName: string;
  databaseUrl: string;
  /** the service's DATA_DIR: the development key ring the data set was sealed under */
  dataDir: string;
  today: string;
  dataset: GeneratedDataset;
  generationSeconds: number;
}

function serviceConfig(register: Pick<BenchRegister, 'databaseUrl' | 'dataDir'>, jwksFile: string, options: BenchServiceOptions) {
  return loadConfiguration({
    ...options.env,
    NODE_ENV: 'test',
    DATA_DIR: register.dataDir,
    DATABASE_URL: register.databaseUrl,
    DATABASE_POOL_SIZE: options.poolSize ?? '10',
    AUTH_JWKS_FILE: jwksFile,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    // A handful of bench subjects drive far more than officers would; the limiter still runs on every request.
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
}

const defaultLog = { write: (line: string) => void (/"level":(5|6)\d/.test(line) && process.stderr.write(line)) };

/**
 * Writes the data set into a database of its own, through a service started for the purpose (its data keys
 * are made by the service's DataKeysService) and stopped again. The database and DATA_DIR stay; `dropBenchRegister`
 * removes them.
 */
export async function createBenchRegister(options: Pick<BenchServiceOptions, 'scale' | 'logStream'> = {}): Promise<BenchRegister> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-bench-'));
  let registry: RunningRegistry | undefined;
  try {
    const idp = await createTestIdentityProvider();
    const register = { databaseName: database.name, databaseUrl: database.url, dataDir };
    registry = await createRegistry(serviceConfig(register, idp.jwksFile, { subjectPrefix: 'generator' }), {
      logStream: options.logStream ?? defaultLog,
    });
    await registry.app.init();
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
      // Written straight into the tables, as the key ring's holder: stamp the row MACs the service checks.
      await stampGeneratedRows(sql, registry);
    } finally {
      await sql.end();
    }
    return { ...register, today, dataset, generationSeconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    await registry?.close();
  }
}

export async function dropBenchRegister(register: BenchRegister): Promise<void> {
  await testDatabaseNamed(register.databaseName).drop();
  await rm(register.dataDir, { recursive: true, force: true });
}

/** The service on a written register, listening on a loopback port, with a token per region. `close` drops the register. */
export async function serveBenchRegister(register: BenchRegister, options: BenchServiceOptions): Promise<BenchService> {
  let registry: RunningRegistry | undefined;
  const close = async () => {
    await registry?.close();
    await dropBenchRegister(register);
  };
  try {
    const idp = await createTestIdentityProvider();
    registry = await createRegistry(serviceConfig(register, idp.jwksFile, options), { logStream: options.logStream ?? defaultLog });
    await registry.app.listen(0, '127.0.0.1');
    await assignRegionOfficers(registry, options.subjectPrefix);
    if (options.settle ?? true) await registry.app.get(RecheckWorker).caughtUp();
    const url = `http://127.0.0.1:${(registry.app.getHttpServer().address() as AddressInfo).port}/graphql`;
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
    return {
      database: testDatabaseNamed(register.databaseName),
      registry,
      url,
      today: register.today,
      dataset: register.dataset,
      generationSeconds: register.generationSeconds,
      tokens,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A register written and served in this process (the service starts afresh on it after writing). On the
 * embedded database the service that writes is the one measured: PGlite lives inside it.
 */
export async function startBenchService(options: BenchServiceOptions): Promise<BenchService> {
  if (options.database === 'embedded') return startEmbeddedBenchService(options);
  return serveBenchRegister(await createBenchRegister(options), options);
}

async function startEmbeddedBenchService(options: BenchServiceOptions): Promise<BenchService> {
  // The embedded database lives and dies with the service; its URL is known once the service runs.
  const database: TestDatabase = { name: 'embedded', url: '', drop: async () => undefined };
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-bench-'));
  let registry: RunningRegistry | undefined;
  const close = async () => {
    await registry?.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const idp = await createTestIdentityProvider();
    const config = loadConfiguration({
      ...options.env,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_POOL_SIZE: options.poolSize ?? '10',
      AUTH_JWKS_FILE: idp.jwksFile,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    registry = await createRegistry(config, { logStream: options.logStream ?? defaultLog });
    await registry.app.listen(0, '127.0.0.1');
    database.url = registry.embedded?.url ?? '';
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
      // Written straight into the tables, as the key ring's holder: stamp the row MACs the service checks.
      await stampGeneratedRows(sql, registry);
    } finally {
      await sql.end();
    }
    const generationSeconds = (performance.now() - started) / 1000;
    await assignRegionOfficers(registry, options.subjectPrefix);
    if (options.settle ?? true) await registry.app.get(RecheckWorker).caughtUp();
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

/** A pg client as the row-MAC helpers' Queryable, which answers with the rows (as TypeORM's query does). */
function returningRows(client: pg.Client): Queryable {
  return { query: async (text, parameters) => (await client.query(text, parameters)).rows };
}

/**
 * Stamps the rows the generator wrote, in one transaction: its row locks keep the service's own re-check
 * (already running) from changing a row between the stamp's read and its write, which would leave the row
 * with the MAC of its earlier content.
 */
async function stampGeneratedRows(client: pg.Client, registry: RunningRegistry): Promise<void> {
  await client.query('BEGIN');
  try {
    await stampRowsLackingMac(returningRows(client), registry.app.get(KeyRingHolder).current);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Puts each region's bench officer on the team of every case of its region, as the officer who opened it would
 * be (CASE_ACCESS=team, the default): reads then pay for the team check and return details, as an officer's do.
 */
async function assignRegionOfficers(registry: RunningRegistry, subjectPrefix: string): Promise<void> {
  const writer = registry.app.get(TeamWriter);
  const keys = registry.app.get(DataKeysService);
  await registry.app.get(UnitOfWork).transaction(async (m) => {
    const cases = (await m.query('SELECT id, region, data_key_id FROM registry_case')) as {
      id: string;
      region: string;
      data_key_id: string;
    }[];
    for (const row of cases) {
      const key = await keys.get(m, row.data_key_id);
      await writer.add(m, key, row.id, `${subjectPrefix}-${row.region}`, 'RESPONSIBLE_OFFICER', 'Benchmark officer', 'benchmark');
    }
  });
}
