import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { UsageError } from '../usage-error.js';
import { migrateCommand } from './migrate.command.js';

describe('migrate command', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('needs DATABASE_URL', async () => {
    await expect(migrateCommand([], {})).rejects.toBeInstanceOf(UsageError);
  });

  it('migrates an empty database, twice at once without harm, and loads the municipalities', async () => {
    const [first, second] = await Promise.all([
      migrateCommand([], { DATABASE_URL: database.url }),
      migrateCommand([], { DATABASE_URL: database.url }),
    ]);
    const applied = [first, second].map((line) => Number(/applied (\d+)/.exec(line)?.[1]));
    expect(Math.min(...applied)).toBe(0);
    expect(Math.max(...applied)).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM municipality');
      expect(rows[0]?.n).toBe(290);
    } finally {
      await client.end();
    }
    expect(await migrateCommand([], { DATABASE_URL: database.url })).toMatch(/^applied 0 migration/);
  });
});
