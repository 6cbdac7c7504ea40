import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createRoleSeparatedTestDatabase, createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
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

  it('in production, wants the owner URL and the service role, so the service never owns its schema', async () => {
    await expect(migrateCommand([], { NODE_ENV: 'production', DATABASE_URL: database.url })).rejects.toThrow(
      /DATABASE_MIGRATION_URL and DATABASE_APP_ROLE are required/,
    );
    await expect(migrateCommand([], { NODE_ENV: 'production', DATABASE_MIGRATION_URL: database.url })).rejects.toThrow(UsageError);
  });

  it('as the owner, grants the service role append-only audit tables, converging when run again, and refuses a superuser', async () => {
    const separated = await createRoleSeparatedTestDatabase();
    try {
      const env = { NODE_ENV: 'production', DATABASE_MIGRATION_URL: separated.ownerUrl, DATABASE_APP_ROLE: separated.appRole };
      expect(await migrateCommand([], env)).toMatch(
        /granted rights on \d+ tables \(append-only: audit_checkpoint, audit_cosignature, audit_event, audit_pending, audit_personal\)/,
      );
      const owner = new pg.Client({ connectionString: separated.ownerUrl });
      await owner.connect();
      try {
        // A stray right given by hand is taken back by the next run.
        await owner.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_event TO ${separated.appRole}`);
        expect(await migrateCommand([], env)).toMatch(/^applied 0 migration/);
        const { rows } = await owner.query<{ table_name: string; privilege_type: string }>(
          `SELECT table_name, privilege_type FROM information_schema.role_table_grants
            WHERE grantee = $1 AND table_name LIKE 'audit_%' ORDER BY 1, 2`,
          [separated.appRole],
        );
        expect(rows.map((row) => `${row.table_name}:${row.privilege_type}`)).toEqual([
          'audit_checkpoint:INSERT',
          'audit_checkpoint:SELECT',
          'audit_cosignature:INSERT',
          'audit_cosignature:SELECT',
          'audit_event:INSERT',
          'audit_event:SELECT',
          'audit_pending:INSERT',
          'audit_pending:SELECT',
          // the retention job's erasure; the table's trigger refuses any event younger than a year
          'audit_personal:DELETE',
          'audit_personal:INSERT',
          'audit_personal:SELECT',
        ]);
      } finally {
        await owner.end();
      }
      await expect(migrateCommand([], { ...env, DATABASE_APP_ROLE: 'postgres' })).rejects.toThrow(/postgres is a superuser/);
      await expect(migrateCommand([], { ...env, DATABASE_APP_ROLE: separated.ownerRole })).rejects.toThrow(
        /must not be the migration role/,
      );
    } finally {
      await separated.drop();
    }
  });
});
