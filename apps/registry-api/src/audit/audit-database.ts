import type { EntityManager } from 'typeorm';

/**
 * How the audit stores reach PostgreSQL. In the service this is the UnitOfWork, so an append joins the
 * operation's open transaction; the CLI and the benchmark pass a plain DataSource's.
 */
export interface AuditDatabase {
  /** Runs `work` in a transaction, joining the caller's if one is open. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** For reads: the open transaction's manager, or the pool's. */
  readonly manager: EntityManager;
}

/** An AuditDatabase over a TypeORM DataSource (or anything with `transaction` and `manager`), with no joining. */
export function auditDatabaseOf(source: {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  readonly manager: EntityManager;
}): AuditDatabase {
  return { transaction: (work) => source.transaction(work), manager: source.manager };
}
