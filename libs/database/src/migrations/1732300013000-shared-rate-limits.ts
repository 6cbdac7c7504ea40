import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request budgets held in the database, so that every instance on it draws from one budget per subject:
 * the limit is the deployment's, not each replica's. The shape is the one rate-limiter-flexible's
 * PostgreSQL store reads and writes (`key`, `points`, `expire` in epoch milliseconds); the table is made
 * here rather than by the library at start, so the service's role needs no right to create tables.
 * `key` holds a keyed token of the subject, never the subject itself.
 */
export class SharedRateLimits1732300013000 implements MigrationInterface {
  name = 'SharedRateLimits1732300013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limit (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    )`);
    // The periodic sweep of budgets that expired an hour ago reads by expiry.
    await q.query('CREATE INDEX rate_limit_expire ON rate_limit (expire)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
  }
}
