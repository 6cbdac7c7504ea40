import type { PGlite } from '@electric-sql/pglite';

/** Extended-protocol messages that leave a batch open until the client's Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const BATCH_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * PGlite is one PostgreSQL session. pglite-socket serves several connections from it, queues their
 * messages one at a time, and stays with one connection only while a SQL transaction is open. A
 * parameterised query is several messages (Parse, Bind, Execute, Sync) around the session's unnamed
 * statement and portal: when another connection's BEGIN lands between them, that transaction's queries
 * run first, and the waiting query then fails with `portal "" does not exist` or binds to another's
 * statement (electric-sql/pglite#1046, still in pglite-socket 0.2.17).
 *
 * The queue asks `isInTransaction()` whether to stay with the connection it served last; this view of
 * the database also says yes while that connection's extended-protocol batch is open, so every batch
 * runs whole. A connection that vanishes mid-batch is let go as one in a transaction is (a ROLLBACK, and
 * the queue moves on). Everything else is the PGlite instance itself.
 */
export function oneProtocolBatchAtATime(db: PGlite): PGlite {
  let batchOpen = false;
  const overrides: Partial<PGlite> = {
    isInTransaction: () => batchOpen || db.isInTransaction(),
    execProtocolRawStream: async (message, options) => {
      try {
        return await db.execProtocolRawStream(message, options);
      } finally {
        batchOpen = BATCH_MESSAGES.has(message[0] ?? 0);
      }
    },
  };
  return new Proxy(db, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof PGlite];
      const value: unknown = Reflect.get(target, property, target);
      // PGlite keeps its state in private fields: its methods must run on the instance, not on the proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
