import type { AuditChainHead } from '@registry/audit';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditPendingRepository } from './audit-pending.repository.js';
import { appendAfterHead } from './postgres-audit-store.js';

/** Transactions of the chain writer's own: never the caller's, since a batch must not wait on a request. */
export interface OwnTransactions {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

export const CHAIN_BATCH = 5_000;

/**
 * Moves staged events (audit_pending) into the chain, oldest first, in batches: under the chain lock,
 * read the head and the pending rows, hash and insert them, release the pending rows, commit. One lock
 * and one commit per batch, however many requests staged events meanwhile; any number of instances may
 * run one, since the lock lets one batch in at a time and each takes only what is still pending.
 */
export class AuditChainWriter {
  private running: Pass | null = null;
  private queued: Promise<AuditChainHead | null> | null = null;

  constructor(
    private readonly db: OwnTransactions,
    private readonly events: AuditEventRepository = new AuditEventRepository(),
    private readonly pending: AuditPendingRepository = new AuditPendingRepository(),
    private readonly batchSize: number = CHAIN_BATCH,
  ) {}

  /**
   * Chains everything staged before this call; resolves with the head after. A caller joins the pass
   * in progress if that pass has not yet read the pending rows (it will see what the caller committed),
   * and otherwise the next pass, which starts when the current one ends: under load, one pass (one lock,
   * one commit) serves many requests.
   */
  flush(): Promise<AuditChainHead | null> {
    if (this.running?.open) return this.running.done;
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    this.queued = this.running.done
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<AuditChainHead | null> {
    const pass = { open: true } as Pass;
    pass.done = this.drain(pass).finally(() => {
      if (this.running === pass) this.running = null;
    });
    this.running = pass;
    return pass.done;
  }

  /** Chains batches until nothing is pending. */
  async drain(pass: { open: boolean } = { open: true }): Promise<AuditChainHead | null> {
    for (;;) {
      const { chained, head } = await this.chainBatch(() => (pass.open = false));
      if (chained < this.batchSize) return head;
    }
  }

  /** One batch; how many events it chained and the head after it. `reading` is told just before pending rows are read. */
  async chainBatch(reading: () => void = () => undefined): Promise<{ chained: number; head: AuditChainHead | null }> {
    return this.db.transaction(async (m) => {
      await this.events.lockChain(m);
      reading();
      const staged = await this.pending.oldest(m, this.batchSize);
      if (staged.length === 0) return { chained: 0, head: await this.events.head(m) };
      const ids = staged.map((event) => event.id);
      const records = await appendAfterHead(m, this.events, staged, ids);
      await this.pending.release(m, ids);
      const last = records[records.length - 1]!;
      return { chained: records.length, head: { seq: last.seq, hash: last.hash } };
    });
  }
}

/** One drain of the pending rows; `open` until it first reads them. */
interface Pass {
  open: boolean;
  done: Promise<AuditChainHead | null>;
}
