import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database of its own for one test file, on the real PostgreSQL server; dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `registry_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  return testDatabaseNamed(name);
}

/** A database createTestDatabase made, by its name (say, in another process). */
export function testDatabaseNamed(name: string): TestDatabase {
  if (!/^registry_test_[a-z0-9_]+$/.test(name)) throw new Error('not a test database name');
  return {
    name,
    url: withDatabase(TEST_SERVER_URL, name),
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Row count of every table in the public schema: "a refused request changes nothing" is checked against it. */
/**
 * Tables that count requests rather than hold the register: a refused request still spends its point of the
 * caller's request budget (rate_limit), so "a refusal writes nothing" leaves them out.
 */
/** One statement on a connection of its own (outside the service), answered with its rows. */
export async function queryRows<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const REQUEST_ACCOUNTING_TABLES = new Set(['rate_limit']);

/** Rows per table of the register (request accounting left out). */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      if (REQUEST_ACCOUNTING_TABLES.has(tablename)) continue;
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`);
      counts[tablename] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** A test database with the production split: an owner role that migrates, and the service's own role. */
export interface RoleSeparatedTestDatabase extends TestDatabase {
  /** connects as the owner, which owns the database and runs migrations */
  ownerUrl: string;
  /** connects as the service's role */
  appUrl: string;
  ownerRole: string;
  appRole: string;
}

function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/**
 * A fresh database owned by a fresh owner role, with a fresh login role for the service (names unique to the
 * database: roles are server-wide). Nothing is granted yet: `npm run migrate` with DATABASE_APP_ROLE does that.
 * Dropping it drops both roles.
 */
export async function createRoleSeparatedTestDatabase(): Promise<RoleSeparatedTestDatabase> {
  const name = `registry_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const ownerRole = `${name}_owner`;
  const appRole = `${name}_app`;
  await onServer(async (client) => {
    await client.query(`CREATE ROLE ${ownerRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    await client.query(`CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    await client.query(`CREATE DATABASE ${name} OWNER ${ownerRole}`);
  });
  const database = testDatabaseNamed(name);
  return {
    ...database,
    ownerUrl: asRole(database.url, ownerRole),
    appUrl: asRole(database.url, appRole),
    ownerRole,
    appRole,
    async drop() {
      await database.drop();
      await onServer(async (client) => {
        await client.query(`DROP ROLE IF EXISTS ${appRole}`);
        await client.query(`DROP ROLE IF EXISTS ${ownerRole}`);
      });
    },
  };
}
