import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { mayWrite } from './statement-kind.js';
import { queueStatements } from './statement-queue.js';

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

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open.manager);
    return this.dataSource.transaction((manager) => {
      const transaction: OpenTransaction = { manager, mayHaveWritten: false };
      if (manager.queryRunner) {
        queueStatements(manager.queryRunner, (sql) => {
          if (!transaction.mayHaveWritten && mayWrite(sql)) transaction.mayHaveWritten = true;
        });
      } else {
        // No runner to watch: nothing can be told about this transaction's statements.
        transaction.mayHaveWritten = true;
      }
      return this.current.run(transaction, () => work(manager));
    });
  }
}
