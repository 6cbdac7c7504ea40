import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** The table made by migration 1732300013000; the library must not create it at run time. */
export const RATE_LIMIT_TABLE = 'rate_limit';

export interface SharedBudget {
  /** What a key may spend in one window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** Keeps one kind of budget's keys apart from another's in the shared table. */
  keyPrefix: string;
}

/**
 * The library's statements, sent through the data source's own pool but unnamed. The library names
 * them (prepared once per connection); the embedded PGlite is one session behind many connections, so a
 * name prepared by one connection already exists for the next and the second PREPARE fails. Unnamed,
 * they run the same on a real server and on PGlite, at the cost of a parse per call.
 */
function unnamedStatements(pool: pg.Pool): { query(statement: { text: string; values?: unknown[] }): Promise<pg.QueryResult> } {
  return { query: (statement) => pool.query(statement.text, statement.values) };
}

/**
 * A budget every instance on this database draws from: rate-limiter-flexible's PostgreSQL store, whose
 * one `INSERT … ON CONFLICT DO UPDATE … RETURNING` spends points atomically, so instances racing for the
 * last point cannot both get it. It runs on the pool, outside any request's transaction: a spent point
 * stays spent when the request it paid for is refused or fails.
 */
export function sharedRateLimiter(dataSource: DataSource, budget: SharedBudget): RateLimiterPostgres {
  const pool = poolOf(dataSource);
  return new RateLimiterPostgres({
    storeClient: unnamedStatements(pool),
    storeType: 'client',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    // Expired rows are swept by ExpiredBudgetSweeper, which stops with the application; the library's own
    // timer would outlive it.
    clearExpiredByTimeout: false,
    keyPrefix: budget.keyPrefix,
    points: budget.points,
    duration: budget.durationSeconds,
  });
}

/** Deletes budgets whose window ended before `before` (epoch ms); returns how many. */
export async function deleteExpiredBudgets(dataSource: DataSource, before: number): Promise<number> {
  const result = await poolOf(dataSource).query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [before]);
  return result.rowCount ?? 0;
}

function poolOf(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as PostgresDriver).master as pg.Pool;
}
