import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import type { AuditOutcome } from '@registry/audit';
import { UnitOfWork } from '../database/unit-of-work.js';
import { SYSTEM_CALLER, type AuditCaller } from './audit-caller.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import { outcomeOf } from './audit-outcome.js';
import { AuditPendingRepository, type PendingAuditEvent } from './audit-pending.repository.js';
import { CheckpointScheduler } from './checkpoint-scheduler.js';
import type { AuditResourceRef } from './operation-resource.js';
import { Metrics } from '../observability/metrics.js';

/** An extra event a service records, e.g. `{ action: AUDIT_ACTIONS.proposalOverride, resourceType: 'proposal', resourceId }`. */
export interface AuditNote {
  action: string;
  resourceType?: string | null;
  /** An opaque id; never a protected value. */
  resourceId?: string | null;
  outcome?: AuditOutcome;
}

/** One GraphQL operation being audited; services reach it through AuditTrail while it runs. */
interface AuditedOperation {
  caller: AuditCaller;
  action: string;
  /** Set by `describeResource`; overrides what the interceptor would derive. */
  resource: AuditResourceRef | null;
  /** Events recorded by services, staged just before the operation's own. */
  notes: PendingAuditEvent[];
}

function eventOf(caller: AuditCaller, action: string, resource: AuditResourceRef, outcome: AuditOutcome): PendingAuditEvent {
  return {
    at: new Date().toISOString(),
    ...caller,
    roles: [...caller.roles],
    action,
    resourceType: resource.resourceType,
    resourceId: resource.resourceId,
    outcome,
  };
}

/** A GraphQL operation's type: a query may only have read (then its event need not commit with it). */
export type OperationKind = 'query' | 'mutation';

/**
 * The audit log as the rest of the service sees it. The interceptor runs every GraphQL operation
 * through `run`; services add events of their own with `record`.
 *
 * No answer goes out before its events are durable, and a write's events commit with the write. An
 * operation that may have written (every mutation; a query whose transaction ran anything but plain
 * reads) stages its events in audit_pending inside its transaction: one commit carries the work and its
 * events, or neither. A read's events have no work to commit with: once the read is done they go to the
 * chain writer, which chains them with every other event that arrived meanwhile in one shared transaction
 * (group commit), and the answer waits for that commit. Staged events are chained by the same writer's
 * next pass, which the answer waits for too; should that pass fail, they are durable in audit_pending
 * and the next pass of any instance chains them. No request ever holds the chain lock itself: a slow
 * request cannot stall the other instances.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger('AuditTrail');
  private readonly current = new AsyncLocalStorage<AuditedOperation>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly pending: AuditPendingRepository,
    private readonly writer: AuditChainWriter,
    private readonly scheduler: CheckpointScheduler,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Records an event such as `proposal.override`, `keys.rotate` or `case.shred`. Inside an operation it
   * commits with the operation or not at all, by the operation's caller; outside one (background work)
   * by `caller` (default: `system`): staged in the open transaction if there is one, so it commits with
   * that work, else chained at once. Rejects if the event could not be stored.
   */
  async record(note: AuditNote, caller: AuditCaller = SYSTEM_CALLER): Promise<void> {
    const resource = { resourceType: note.resourceType ?? null, resourceId: note.resourceId ?? null };
    const operation = this.current.getStore();
    if (operation) {
      operation.notes.push(eventOf(operation.caller, note.action, resource, note.outcome ?? 'ok'));
      return;
    }
    const event = eventOf(caller, note.action, resource, note.outcome ?? 'ok');
    // In someone else's transaction the event is not committed yet; the scheduler's next tick chains it.
    if (this.uow.inTransaction) await this.stage([event]);
    else await this.append([event]);
  }

  /**
   * Names the resource the current operation acts on when its arguments cannot: a destination probe
   * (`formatDestinationProbeId`), or a case found by reference. Ids only.
   */
  describeResource(resourceType: string, resourceId: string | null): void {
    const operation = this.current.getStore();
    if (!operation) throw new Error('describeResource called outside an audited operation');
    operation.resource = { resourceType, resourceId };
  }

  /**
   * Runs one operation in a transaction, and records its event (outcome `ok`): staged in that transaction
   * if the operation may have written, else appended to the chain once the transaction is over. If it
   * fails, the transaction rolls back, taking any recorded notes with it, and one event with outcome
   * `denied` or `error` is appended on its own; the error is rethrown. No event, no answer: if the event
   * cannot be stored, the operation fails.
   */
  async run<T>(
    caller: AuditCaller,
    action: string,
    resourceOf: (result?: T) => AuditResourceRef,
    work: () => Promise<T>,
    kind: OperationKind = 'mutation',
  ): Promise<T> {
    const operation: AuditedOperation = { caller, action, resource: null, notes: [] };
    let done: { value: T; unstaged: PendingAuditEvent[] | null };
    try {
      done = await this.current.run(operation, () =>
        this.uow.transaction(async () => {
          // A read whose connection died runs again (UnitOfWork.transaction): its notes are recorded anew.
          operation.notes.length = 0;
          const value = await work();
          const events = [...operation.notes, eventOf(caller, action, operation.resource ?? resourceOf(value), 'ok')];
          if (kind === 'query' && !this.uow.mayHaveWritten) return { value, unstaged: events };
          await this.stage(events);
          return { value, unstaged: null };
        }),
      );
      if (done.unstaged) await this.append(done.unstaged);
    } catch (error) {
      await this.recordFailure(caller, action, operation.resource ?? resourceOf(), outcomeOf(error));
      throw error;
    }
    if (!done.unstaged) await this.chain();
    return done.value;
  }

  /** Records a request refused before its operation ran (by a guard), chained with others' events. */
  async refused(caller: AuditCaller, action: string, resource: AuditResourceRef, error: unknown): Promise<void> {
    await this.recordFailure(caller, action, resource, outcomeOf(error));
  }

  private async stage(events: readonly PendingAuditEvent[]): Promise<void> {
    await this.uow.transaction((m) => this.pending.insert(m, events));
    this.metrics.auditAppends.inc(events.length);
  }

  /** Chains events that belong to no write, in the writer's next shared pass; resolves once committed. */
  private async append(events: readonly PendingAuditEvent[]): Promise<void> {
    const head = await this.writer.append(events);
    this.metrics.auditAppends.inc(events.length);
    this.scheduler.observe(head.seq);
  }

  private async recordFailure(caller: AuditCaller, action: string, resource: AuditResourceRef, outcome: AuditOutcome): Promise<void> {
    try {
      await this.append([eventOf(caller, action, resource, outcome)]);
    } catch (auditError) {
      // The caller still gets the original refusal or error; this failure must reach the operators.
      this.logger.error(`Audit event of a failed operation not stored: ${auditError instanceof Error ? auditError.name : 'unknown error'}`);
    }
  }

  /**
   * Links what was just staged into the chain, in the writer's next shared pass. The events are safe in
   * audit_pending already, so a failure here is logged, not thrown: the work is done, and the next pass
   * of any instance (at the latest the scheduler's tick) will chain them.
   */
  private async chain(): Promise<void> {
    try {
      const head = await this.writer.flush();
      if (head !== null) this.scheduler.observe(head.seq);
    } catch (error) {
      this.logger.error(`Audit events staged but not yet chained: ${error instanceof Error ? error.name : 'unknown error'}`);
    }
  }
}
