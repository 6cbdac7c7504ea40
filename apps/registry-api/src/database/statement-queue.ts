import type { QueryRunner } from 'typeorm';

/**
 * A transaction is one connection, and a connection runs one statement at a time, yet code inside a
 * transaction may await several reads together (Promise.all over a case's proposals or a list's alerts).
 * `pg` lines such calls up itself only as a deprecated fallback ("client is already executing a query",
 * gone in pg 9). This makes the order ours: the runner's statements run one after another, as asked.
 * TypeORM sends everything through `query`, BEGIN and COMMIT included. `seen` is told each statement's
 * text as it is asked for (the UnitOfWork notes whether the transaction may have written).
 */
export function queueStatements(
  runner: QueryRunner,
  seen: (sql: string) => void = () => undefined,
  /** Runs right after a statement, before the next one, with the runner's own query (not queued again). */
  after?: (sql: string, query: QueryRunner['query']) => Promise<void>,
): void {
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    seen(args[0]);
    const next = last.then(async () => {
      const result: unknown = await query(...args);
      if (after) await after(args[0], query);
      return result;
    });
    // A failed statement fails its caller only; the next one still runs.
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}
