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
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`);
      counts[tablename] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  } finally {
    await client.end();
  }
}
