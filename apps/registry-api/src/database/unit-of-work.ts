import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isConnectionLost } from './connection-lost.js';
import { mayWrite } from './statement-kind.js';
import { queueStatements } from './statement-queue.js';

/** Anything that runs a parameterised statement. */
export interface Statements {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * A step that follows writes inside the transaction (stamping row MACs): right after each statement that
 * `writes` matches, so the transaction reads back what it wrote as valid, and once more before the
 * transaction commits, for whatever a statement wrote that the pattern could not see.
 */
export interface WriteFollowUp {
  readonly writes: RegExp;
  run(statements: Statements): Promise<void>;
}

/** What one try of a transaction did before it committed or rolled back. */
interface Attempt {
  wrote: boolean;
}

interface OpenTransaction {
  manager: EntityManager;
  /** Set by the first statement that may change data (statement-kind.ts). */
  mayHaveWritten: boolean;
}

/**
 * One transaction per operation, shared by everything that runs inside it: the write, the audit event
 * that records it, and the outbox entries it leaves. Nested calls join the open transaction, so a
 * service can say "transactionally" without knowing whether the request already opened one. Work that
 * joins it may ask for several statements at once; they queue on its one connection (statement-queue.ts).
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<OpenTransaction>();
  private readonly followUps: WriteFollowUp[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the pool's for work outside one. */
  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Whether the open transaction has so far run a statement that may have changed data; false if every
   * statement was plainly a read, and outside a transaction. The audit trail lets a read's event commit
   * apart from the read (with other requests' events), a write's never.
   */
  get mayHaveWritten(): boolean {
    return this.current.getStore()?.mayHaveWritten ?? false;
  }

  registerWriteFollowUp(step: WriteFollowUp): void {
    this.followUps.push(step);
  }

  /**
   * Runs `work` in a transaction, or in the open one. A transaction that had only read when its connection
   * died (a failover, an administrator terminating it) is run once more on a fresh connection: nothing was
   * changed, so running it again is safe, and the caller gets its answer instead of an internal error.
   * One that may have written is never retried: whether it committed cannot be known here.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open.manager);
    const first: Attempt = { wrote: false };
    try {
      return await this.newTransaction(work, first);
    } catch (error) {
      if (first.wrote || !isConnectionLost(error)) throw error;
      return this.newTransaction(work, { wrote: false });
    }
  }

  private newTransaction<T>(work: (manager: EntityManager) => Promise<T>, attempt: Attempt): Promise<T> {
    return this.dataSource.transaction((manager) => {
      const transaction: OpenTransaction = { manager, mayHaveWritten: false };
      if (manager.queryRunner) {
        queueStatements(
          manager.queryRunner,
          (sql) => {
            if (!transaction.mayHaveWritten && mayWrite(sql)) transaction.mayHaveWritten = true;
          },
          async (sql, query) => {
            for (const step of this.followUps) if (step.writes.test(sql)) await step.run({ query });
          },
        );
      } else {
        // No runner to watch: nothing can be told about this transaction's statements.
        transaction.mayHaveWritten = true;
      }
      return this.current.run(transaction, async () => {
        try {
          const result = await work(manager);
          if (transaction.mayHaveWritten) for (const step of this.followUps) await step.run(manager);
          return result;
        } finally {
          // Taken before COMMIT or ROLLBACK, which the statement watch counts as writes of their own.
          attempt.wrote = transaction.mayHaveWritten;
        }
      });
    });
  }
}
