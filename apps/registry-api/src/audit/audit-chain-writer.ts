import type { AuditChainHead } from '@registry/audit';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository, isChainConflict } from './audit-event.repository.js';
import { AuditPendingRepository, type PendingAuditEvent } from './audit-pending.repository.js';
import { appendAfterHead, chainAfter } from './postgres-audit-store.js';

/**
 * The chain writer's own way to the database (a DataSource): never the caller's transaction, since a
 * batch must not wait on a request. `manager` runs a statement on a pooled connection, committed on its own.
 */
export interface OwnTransactions {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  readonly manager: EntityManager;
}

/** Most staged events one pass moves; a longer backlog (after a crash, say) is moved in several. */
export const CHAIN_BATCH = 5_000;

/** One caller's events, handed over in memory, and how that caller is told they are chained. */
interface Handover {
  events: PendingAuditEvent[];
  chained(head: AuditChainHead): void;
  failed(error: unknown): void;
}

/** What one pass carries: events handed over in memory, and whether it also moves what audit_pending holds. */
interface Pass {
  /** Joinable until it takes its work (chainBatch says when). */
  open: boolean;
  handovers: Handover[];
  /** Set by `flush`: move the committed staged rows too. */
  staged: boolean;
  /** Settles when the pass has ended; what `flush` callers await. */
  done: Promise<AuditChainHead | null>;
  end(head: AuditChainHead | null): void;
  fail(error: unknown): void;
}

function newPass(): Pass {
  let end!: (head: AuditChainHead | null) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<AuditChainHead | null>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  // A pass nobody flushed on still settles; its failure reaches the appenders through their handovers.
  done.catch(() => undefined);
  return { open: true, handovers: [], staged: false, done, end, fail };
}

/**
 * The one way events enter the chain from the service: a group commit. A pass takes the chain lock (an
 * advisory lock every instance shares), hashes its events after the head, inserts them and commits.
 * Whoever asks while a pass is running joins the next one, which starts as soon as the running one ends, so
 * under load one lock, one commit and one disk flush carry every event that arrived meanwhile, and when
 * idle a pass starts at once: no timer adds latency to a lone request.
 *
 * Two kinds of work ride on a pass:
 * - `append(events)`: events not yet stored anywhere (a read's event, a refusal). They are chained in the
 *   pass's transaction, so when the promise resolves they are committed, in the chain: durable.
 * - `flush()`: events already committed in audit_pending, staged by a write in its own transaction (so
 *   the write and its events commit together). The pass moves them into the chain, oldest first (the
 *   database checks each is the staged event it names and consumes the staged row: migration
 *   1732300012000); if more are pending than one pass takes, it goes on until none are left.
 *
 * A pass of handed-over events alone, when this writer knows the head (it wrote it last), is one statement
 * that takes the lock and inserts; otherwise a pass is a transaction that takes the lock, reads the head
 * (and the staged rows), inserts and commits.
 *
 * Any number of instances may run one: the lock lets one pass in at a time, and each takes only what is
 * still pending. Whatever a writer believes about the head, the seq primary key refuses a second event at
 * a seq (so a writer whose head is stale fails with nothing inserted, and reads the head under the lock),
 * and an event is only ever built on the hash of the event before it: the chain neither forks nor has a
 * gap. If a pass that carried several callers' events fails, each caller's events are tried again in a
 * pass of their own, so that one event the database refuses cannot fail the requests that shared its pass.
 */
export class AuditChainWriter {
  private running: Pass | null = null;
  private next: Pass | null = null;
  /** The head as this writer last committed it or read it under the lock; undefined when not known. */
  private knownHead: AuditChainHead | null | undefined = undefined;

  constructor(
    private readonly db: OwnTransactions,
    private readonly events: AuditEventRepository = new AuditEventRepository(),
    private readonly pending: AuditPendingRepository = new AuditPendingRepository(),
    private readonly batchSize: number = CHAIN_BATCH,
  ) {}

  /**
   * Chains `events`, in this order and consecutively, in the next pass; resolves with the head after that
   * pass once it has committed. Rejects if they could not be chained: then nothing of them is stored, unless
   * a commit landed whose answer was lost, which errs towards an event too many, never one too few.
   */
  append(events: readonly PendingAuditEvent[]): Promise<AuditChainHead> {
    if (events.length === 0) return Promise.reject(new Error('AuditChainWriter.append: no events'));
    return new Promise((chained, failed) => this.join((pass) => pass.handovers.push({ events: [...events], chained, failed })));
  }

  /**
   * Chains everything committed to audit_pending before this call; resolves with the head after. A caller
   * joins the pass in progress if that pass has not yet read the pending rows (it will see what the caller
   * committed), and otherwise the next.
   */
  flush(): Promise<AuditChainHead | null> {
    return this.join((pass) => (pass.staged = true)).done;
  }

  /** Resolves once no pass is running or waiting to (for shutdown). */
  async idle(): Promise<void> {
    for (let pass = this.next ?? this.running; pass; pass = this.next ?? this.running) await pass.done.catch(() => undefined);
  }

  /** Adds work to the pass that will take it: the running one while still open, else the next. */
  private join(add: (pass: Pass) => void): Pass {
    let pass = this.running?.open ? this.running : this.next;
    if (!pass) {
      pass = newPass();
      // Starts when the running pass ends, carrying everything that arrived meanwhile.
      if (this.running) this.next = pass;
      else this.start(pass);
    }
    add(pass);
    return pass;
  }

  private start(pass: Pass): void {
    this.running = pass;
    // On a later tick: the work that made this pass (and whatever else arrives in this tick) is aboard first.
    void Promise.resolve()
      .then(() => this.carry(pass))
      .then(pass.end, pass.fail)
      .finally(() => {
        this.running = null;
        const next = this.next;
        this.next = null;
        if (next) this.start(next);
      });
  }

  /**
   * Runs a pass: its callers' events (and the first batch of staged rows) in one transaction, then any
   * further staged rows batch after batch. If that first transaction fails with several callers' events
   * aboard, each caller's events are tried again on their own, so one event the database refuses fails
   * only the request it belongs to.
   */
  private async carry(pass: Pass): Promise<AuditChainHead | null> {
    // Taken when the pass closes (chainBatch): from then on no one can join it.
    let handovers: Handover[] = [];
    const take = () => {
      handovers = [...pass.handovers];
      return handovers.flatMap((h) => h.events);
    };
    let batch: { movedStaged: number; head: AuditChainHead | null };
    try {
      batch = await this.chainBatch(take, pass);
      for (const handover of handovers) handover.chained(batch.head as AuditChainHead);
    } catch (error) {
      // Failed before it took its work (no connection, say): close it now, so every caller hears back.
      if (pass.open) {
        pass.open = false;
        take();
      }
      if (handovers.length <= 1 && !pass.staged) {
        for (const handover of handovers) handover.failed(error);
        throw error;
      }
      for (const handover of handovers) {
        try {
          handover.chained((await this.chainBatch(() => handover.events, null)).head as AuditChainHead);
        } catch (alone) {
          handover.failed(alone);
        }
      }
      if (!pass.staged) throw error;
      batch = await this.chainBatch(() => [], pass);
    }
    while (pass.staged && batch.movedStaged >= this.batchSize) batch = await this.chainBatch(() => [], pass);
    return batch.head;
  }

  /**
   * One batch. Events alone, with the head known: one statement that takes the lock and inserts them
   * (`insertLocked`). Otherwise, or when that finds the head moved: a transaction under the chain lock
   * that reads the head (and the staged rows, if asked), inserts (which consumes those rows), commits. The
   * pass closes to newcomers once its work is taken, in a transaction once the lock is held (waiting for
   * another instance's pass is time to gather more).
   */
  private async chainBatch(
    take: () => readonly PendingAuditEvent[],
    pass: Pass | null,
  ): Promise<{ movedStaged: number; head: AuditChainHead | null }> {
    if (!pass?.staged && this.knownHead !== undefined) {
      if (pass) pass.open = false;
      const records = chainAfter(this.knownHead, take());
      const last = records[records.length - 1];
      if (!last) return { movedStaged: 0, head: this.knownHead };
      try {
        await this.events.insertLocked(this.db.manager, records);
        this.knownHead = { seq: last.seq, hash: last.hash };
        return { movedStaged: 0, head: this.knownHead };
      } catch (error) {
        // Unknown now: a commit whose answer was lost may have landed.
        this.knownHead = undefined;
        if (!isChainConflict(error)) throw error;
      }
    }
    try {
      const batch = await this.db.transaction(async (m) => {
        await this.events.lockChain(m);
        if (pass) pass.open = false;
        const fresh = take();
        const staged = pass?.staged ? await this.pending.oldest(m, this.batchSize) : [];
        if (staged.length === 0 && fresh.length === 0) return { movedStaged: 0, head: await this.events.head(m) };
        const ids = staged.map((event) => event.id);
        // The insert consumes the staged rows it names, in the database: the service may not delete them.
        const records = await appendAfterHead(m, this.events, [...staged, ...fresh], ids);
        const last = records[records.length - 1]!;
        return { movedStaged: staged.length, head: { seq: last.seq, hash: last.hash } };
      });
      this.knownHead = batch.head;
      return batch;
    } catch (error) {
      this.knownHead = undefined;
      throw error;
    }
  }
}
