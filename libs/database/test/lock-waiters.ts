import type { DataSource } from 'typeorm';

/** Waits until `count` sessions of this database are blocked on a lock: the race a test sets up has begun. */
export async function waitForLockWaiters(dataSource: DataSource, count: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ n }] = (await dataSource.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )) as { n: number }[];
    if (n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nobody waited for the lock');
}
