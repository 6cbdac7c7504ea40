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

/**
 * The audit log as the rest of the service sees it. The interceptor runs every GraphQL operation
 * through `run`; services add events of their own with `record`.
 *
 * An operation's events are staged (audit_pending) at its end, inside its transaction, so they commit
 * with its work or not at all; once it has committed, the chain writer links them into the chain before
 * the answer goes out. No request ever holds the chain lock: it is taken only by the writer's short
 * batches, so a slow request cannot stall the other instances, and concurrent requests share a batch.
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
   * it is staged at once, in the open transaction if there is one, by `caller` (default: `system`).
   */
  async record(note: AuditNote, caller: AuditCaller = SYSTEM_CALLER): Promise<void> {
    const resource = { resourceType: note.resourceType ?? null, resourceId: note.resourceId ?? null };
    const operation = this.current.getStore();
    if (operation) {
      operation.notes.push(eventOf(operation.caller, note.action, resource, note.outcome ?? 'ok'));
      return;
    }
    const joined = this.uow.inTransaction;
    await this.stage([eventOf(caller, note.action, resource, note.outcome ?? 'ok')]);
    // In someone else's transaction the event is not committed yet; the writer's timer will chain it.
    if (!joined) await this.chain();
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
   * Runs one operation in a transaction and stages its event (outcome `ok`) in that transaction. If it
   * fails, the transaction rolls back, taking any recorded notes with it, and one event with outcome
   * `denied` or `error` is staged on its own; the error is rethrown. No event, no answer: if staging
   * fails, so does the operation.
   */
  async run<T>(caller: AuditCaller, action: string, resourceOf: (result?: T) => AuditResourceRef, work: () => Promise<T>): Promise<T> {
    const operation: AuditedOperation = { caller, action, resource: null, notes: [] };
    let result: T;
    try {
      result = await this.current.run(operation, () =>
        this.uow.transaction(async () => {
          const value = await work();
          await this.stage([...operation.notes, eventOf(caller, action, operation.resource ?? resourceOf(value), 'ok')]);
          return value;
        }),
      );
    } catch (error) {
      await this.recordFailure(caller, action, operation.resource ?? resourceOf(), outcomeOf(error));
      throw error;
    }
    await this.chain();
    return result;
  }

  /** Records a request refused before its operation ran (by a guard), in a transaction of its own. */
  async refused(caller: AuditCaller, action: string, resource: AuditResourceRef, error: unknown): Promise<void> {
    await this.recordFailure(caller, action, resource, outcomeOf(error));
  }

  private async stage(events: readonly PendingAuditEvent[]): Promise<void> {
    await this.uow.transaction((m) => this.pending.insert(m, events));
    this.metrics.auditAppends.inc(events.length);
  }

  private async recordFailure(caller: AuditCaller, action: string, resource: AuditResourceRef, outcome: AuditOutcome): Promise<void> {
    try {
      await this.stage([eventOf(caller, action, resource, outcome)]);
    } catch (auditError) {
      // The caller still gets the original refusal or error; this failure must reach the operators.
      this.logger.error(`Audit event of a failed operation not staged: ${auditError instanceof Error ? auditError.name : 'unknown error'}`);
      return;
    }
    await this.chain();
  }

  /**
   * Links what was just committed into the chain. The events are safe in audit_pending already, so a
   * failure here is logged, not thrown: the work is done, and the writer's timer will chain them.
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
