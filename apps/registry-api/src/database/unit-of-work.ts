import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queueStatements } from './statement-queue.js';

/**
 * One transaction per operation, shared by everything that runs inside it: the write, the audit event
 * that records it, and the outbox entries it leaves. Nested calls join the open transaction, so a
 * service can say "transactionally" without knowing whether the request already opened one. Work that
 * joins it may ask for several statements at once; they queue on its one connection (statement-queue.ts).
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the pool's for work outside one. */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    return this.dataSource.transaction((manager) => {
      if (manager.queryRunner) queueStatements(manager.queryRunner);
      return this.current.run(manager, () => work(manager));
    });
  }
}
