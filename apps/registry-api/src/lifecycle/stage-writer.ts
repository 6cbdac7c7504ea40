import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DataKey } from '@registry/crypto';
import type { PoliceRegion } from '@registry/geo';
import type { CaseRow } from '../cases/case.repository.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { RowSealer } from '../protection/sealer.js';
import {
  addMonths,
  automaticStage,
  FOLLOW_UP_MONTHS,
  stageOfStatus,
  statusOf,
  type CaseStage,
  type ClosureReason,
  type TransitionKind,
} from './case-stages.js';
import { LifecycleRepository, type TransitionRow } from './lifecycle.repository.js';

/** The actor of an entry nobody typed in by hand (none today: every automatic entry names its caller). */
export const SYSTEM_ACTOR = 'system';

export interface StageChange {
  kind: TransitionKind;
  to: CaseStage;
  actor: string;
  reason: string;
  closureReason?: ClosureReason | null;
  toRegion?: PoliceRegion | null;
}

/**
 * Writes a case's history: one row per change, the stage the latest row's, the contract's CaseStatus
 * kept in step (case-stages.ts statusOf). Shared by the lifecycle operations, openCase and the placement
 * operations whose events move a case on their own.
 */
@Injectable()
export class StageWriter {
  constructor(
    private readonly repository: LifecycleRepository,
    private readonly factsChanges: FactsChanges,
  ) {}

  async current(m: EntityManager, row: CaseRow): Promise<{ stage: CaseStage; latest: TransitionRow | undefined }> {
    const latest = (await this.repository.latest(m, [row.id])).get(row.id);
    return { stage: latest ? latest.to_stage : stageOfStatus(row.status), latest };
  }

  /** The case's row after the change (status and region as written). */
  async write(m: EntityManager, key: DataKey, row: CaseRow, change: StageChange): Promise<CaseRow> {
    // One writer of a case's history at a time: the next entry's number is the latest's plus one.
    await m.query('SELECT 1 FROM registry_case WHERE id = $1 FOR UPDATE', [row.id]);
    const { stage: from, latest } = await this.current(m, row);
    const id = randomUUID();
    const sealer = new RowSealer(key, 'case_transition', id);
    const transfer = change.kind === 'TRANSFER';
    await this.repository.insertTransition(m, {
      id,
      case_id: row.id,
      seq: (latest?.seq ?? 0) + 1,
      kind: change.kind,
      from_stage: change.kind === 'OPENED' ? null : from,
      to_stage: change.to,
      closure_reason: change.closureReason ?? null,
      from_region: transfer ? row.region : null,
      to_region: transfer ? (change.toRegion ?? null) : null,
      actor_sealed: sealer.seal('actor', change.actor),
      reason_sealed: sealer.seal('reason', change.reason),
    });
    const status = statusOf(change.to, change.closureReason ?? null);
    const region = transfer && change.toRegion ? change.toRegion : row.region;
    if (status !== row.status || region !== row.region) {
      await this.repository.setCase(m, row.id, status, region, change.to === 'CLOSED');
      await this.factsChanges.record({ kind: 'case', id: row.id });
    }
    return { ...row, status, region };
  }

  /**
   * A recorded event moves the case on its own when the table says so (case-stages.ts automaticStage);
   * the last placement ended also sets the follow-up due six months after its end.
   */
  async follow(
    m: EntityManager,
    key: DataKey,
    row: CaseRow,
    event: 'PROPOSAL_CLEARED' | 'PLACEMENT_CONFIRMED' | 'PLACEMENTS_ENDED',
    actor: string,
  ): Promise<CaseRow> {
    const { stage } = await this.current(m, row);
    const to = automaticStage(stage, event);
    if (to === null) return row;
    if (event === 'PLACEMENTS_ENDED') {
      const guards = await this.repository.guardRows(m, row.id);
      if (guards.activePlacements > 0 || guards.lastEndedOn === null) return row;
      await this.repository.insertPendingFollowUp(
        m,
        randomUUID(),
        row.id,
        guards.lastEndedPlacement,
        addMonths(guards.lastEndedOn, FOLLOW_UP_MONTHS),
      );
    }
    const reasons = {
      PROPOSAL_CLEARED: 'a proposal was cleared',
      PLACEMENT_CONFIRMED: 'a placement was confirmed',
      PLACEMENTS_ENDED: 'the last placement ended',
    } as const;
    return this.write(m, key, row, { kind: 'AUTOMATIC', to, actor, reason: reasons[event] });
  }
}
