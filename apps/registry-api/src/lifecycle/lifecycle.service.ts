import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import type { PoliceRegion } from '@registry/geo';
import { CaseRepository, type CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import type { Case } from '../cases/models/case.model.js';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError } from '../common/errors.js';
import { requirePlainText } from '../common/plain-text.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { ErasedDataError } from '../protection/erased-data.error.js';
import { RowSealer } from '../protection/sealer.js';
import {
  allowedStages,
  checkClose,
  checkReopen,
  checkTransition,
  closureReasonOfStatus,
  reopenStage,
  stageOfStatus,
  type CaseStage,
  type ClosureReason,
  type StageFacts,
  type TransitionCheck,
} from './case-stages.js';
import type { AssessmentStepInput, FollowUpInput } from './dto/lifecycle.inputs.js';
import { LifecycleRepository, type GuardRows } from './lifecycle.repository.js';
import type { AssessmentStep, CaseTransition, FollowUp } from './models/lifecycle.models.js';
import { StageWriter } from './stage-writer.js';

const MIN_REASON_LENGTH = 3;
const MAX_REASON_LENGTH = 500;

function requireReason(reason: string): string {
  requirePlainText(reason, 'reason', { multiline: true });
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH || trimmed.length > MAX_REASON_LENGTH)
    throw new BadUserInputError(`reason must be ${MIN_REASON_LENGTH} to ${MAX_REASON_LENGTH} characters`);
  return trimmed;
}

function requireAllowed(check: TransitionCheck): void {
  if (!check.ok) throw new BadUserInputError(check.message);
}

function stageFacts(row: CaseRow, guards: GuardRows): StageFacts {
  return {
    eligible: row.meets_definition && row.motivated && row.consent_to_information_exchange && row.signed_conditions && !row.evidence_person,
    threatAssessmentCompleted: guards.threatAssessments > 0 || guards.completedThreatSteps > 0,
    placementAssessmentCompleted: guards.placementAssessments > 0 || guards.completedPlacementSteps > 0,
    openProposal: guards.openProposals > 0,
    activePlacement: guards.activePlacements > 0,
  };
}

/**
 * A case's stage and its moves (case-stages.ts holds the table). Every move needs the case's details
 * (its team, break-glass, national coordination: CasesService.visibleRow) and is audited by the audit
 * interceptor like every mutation; a refused move changes nothing and says why (BAD_USER_INPUT).
 */
@Injectable()
export class LifecycleService {
  private readonly logger = new Logger('Lifecycle');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly repository: LifecycleRepository,
    private readonly writer: StageWriter,
    private readonly factsChanges: FactsChanges,
  ) {}

  /** Locks the case, checks the caller reads its details, and hands over its key and current stage. */
  private async change(
    principal: Principal,
    caseId: string,
    work: (m: EntityManager, row: CaseRow, key: DataKey, stage: CaseStage) => Promise<CaseRow>,
  ): Promise<Case> {
    return this.uow.transaction(async (m) => {
      const row = await this.cases.visibleRow(m, principal, caseId, true);
      const key = await this.cases.caseKey(m, row);
      const { stage } = await this.writer.current(m, row);
      return this.cases.toCase(m, await work(m, row, key, stage));
    });
  }

  transition(principal: Principal, caseId: string, to: CaseStage, reason: string): Promise<Case> {
    const why = requireReason(reason);
    return this.change(principal, caseId, async (m, row, key, stage) => {
      requireAllowed(checkTransition(stage, to, stageFacts(row, await this.repository.guardRows(m, row.id))));
      return this.writer.write(m, key, row, { kind: 'TRANSITION', to, actor: principal.sub, reason: why });
    });
  }

  close(principal: Principal, caseId: string, closureReason: ClosureReason, reason: string): Promise<Case> {
    const why = requireReason(reason);
    return this.change(principal, caseId, async (m, row, key, stage) => {
      requireAllowed(checkClose(stage));
      return this.writer.write(m, key, row, { kind: 'CLOSE', to: 'CLOSED', closureReason, actor: principal.sub, reason: why });
    });
  }

  reopen(principal: Principal, caseId: string, reason: string): Promise<Case> {
    const why = requireReason(reason);
    return this.change(principal, caseId, async (m, row, key, stage) => {
      requireAllowed(checkReopen(stage));
      if ((await this.caseRows.openCasesOfDefector(m, row.defector_id)) > 0)
        throw new BadUserInputError('This defector already has an open case');
      const to = reopenStage(stageFacts(row, await this.repository.guardRows(m, row.id)));
      return this.writer.write(m, key, row, { kind: 'REOPEN', to, actor: principal.sub, reason: why });
    });
  }

  /**
   * National coordination moves a case to another police region (the resolver admits it alone): only it
   * sees both regions, and the receiving region's officers read the case once national coordination puts
   * one of them on its team. The sending region's team members stay on the team's history but their
   * region no longer sees the case.
   */
  transfer(principal: Principal, caseId: string, toRegion: PoliceRegion, reason: string): Promise<Case> {
    const why = requireReason(reason);
    return this.change(principal, caseId, async (m, row, key, stage) => {
      if (stage === 'CLOSED') throw new BadUserInputError('A closed case is not transferred; reopen it first');
      if (toRegion === row.region) throw new BadUserInputError('The case is already in that region');
      const moved = await this.writer.write(m, key, row, { kind: 'TRANSFER', to: stage, toRegion, actor: principal.sub, reason: why });
      // Who may see each household member's known locations follows the case's region.
      const members = (await m.query('SELECT person_id FROM case_member WHERE case_id = $1', [row.id])) as { person_id: string }[];
      await this.factsChanges.record(...members.map((member) => ({ kind: 'person-scope' as const, id: member.person_id })));
      return moved;
    });
  }

  /** The team asks national coordination to act; the case stays where it is, and the next move answers it. */
  escalate(principal: Principal, caseId: string, reason: string): Promise<Case> {
    const why = requireReason(reason);
    return this.change(principal, caseId, async (m, row, key, stage) => {
      if (stage === 'CLOSED') throw new BadUserInputError('A closed case is not escalated');
      return this.writer.write(m, key, row, { kind: 'ESCALATE', to: stage, actor: principal.sub, reason: why });
    });
  }

  recordAssessmentStep(principal: Principal, caseId: string, input: AssessmentStepInput): Promise<Case> {
    const completedOn = input.completedOn ?? null;
    if (completedOn !== null && completedOn < input.requiredOn) throw new BadUserInputError('completedOn is before requiredOn');
    if (completedOn !== null && completedOn > todayInSweden()) throw new BadUserInputError('completedOn is in the future');
    const instrument = input.instrument.trim();
    const assessor = input.assessor.trim();
    if (instrument === '' || assessor === '') throw new BadUserInputError('instrument and assessor are required');
    return this.change(principal, caseId, async (m, row, key, stage) => {
      if (stage === 'CLOSED') throw new BadUserInputError('The case is closed');
      const id = randomUUID();
      const sealer = new RowSealer(key, 'case_assessment_step', id);
      await this.repository.insertStep(m, {
        id,
        case_id: row.id,
        kind: input.kind,
        instrument_sealed: sealer.seal('instrument', instrument),
        assessor_sealed: sealer.seal('assessor', assessor),
        required_on: input.requiredOn,
        completed_on: completedOn,
        recorded_by_sealed: sealer.seal('recorded_by', principal.sub),
      });
      return row;
    });
  }

  /**
   * Fills the follow-up the case is waiting for, or records one more (a later follow-up) when the case
   * is in FOLLOW_UP or closed after one. A follow-up before any placement ended is refused.
   */
  recordFollowUp(principal: Principal, caseId: string, input: FollowUpInput): Promise<Case> {
    if (input.recordedOn > todayInSweden()) throw new BadUserInputError('recordedOn is in the future');
    return this.change(principal, caseId, async (m, row, key, stage) => {
      let pending = await this.repository.pendingFollowUp(m, row.id);
      if (!pending) {
        const guards = await this.repository.guardRows(m, row.id);
        if (guards.lastEndedOn === null || (stage !== 'FOLLOW_UP' && stage !== 'CLOSED'))
          throw new BadUserInputError('No follow-up is due: a follow-up comes after the case’s placements have ended');
        await this.repository.insertPendingFollowUp(m, randomUUID(), row.id, guards.lastEndedPlacement, input.recordedOn);
        pending = await this.repository.pendingFollowUp(m, row.id);
      }
      const id = pending!.id;
      const sealer = new RowSealer(key, 'case_follow_up', id);
      const notes = input.notes?.trim() ? sealer.seal('notes', input.notes.trim()) : null;
      await this.repository.record(
        m,
        id,
        input.recordedOn,
        { outcome: input.outcome, housing: input.housing, income: input.income, relapse: input.relapse, threat_stands: input.threatStands },
        notes,
        sealer.seal('recorded_by', principal.sub),
      );
      return row;
    });
  }

  /**
   * Raises a FOLLOW_UP_OVERDUE alert on the ended placement of every follow-up past its due day (once per
   * open alert); the daily re-check calls it. The alert carries no flag: its kind says what it is about.
   */
  async raiseOverdueAlerts(m: EntityManager, today: string): Promise<number> {
    let raised = 0;
    for (const followUp of await this.repository.overdue(m, today)) {
      const row = await this.caseRows.find(m, followUp.case_id);
      if (!row || followUp.placement_id === null) continue;
      try {
        const key = await this.cases.caseKey(m, row);
        const id = randomUUID();
        const flags = new RowSealer(key, 'alert', id).seal('flags', '[]');
        if (await this.repository.raiseOverdueAlert(m, id, followUp.placement_id, flags)) raised += 1;
      } catch (error) {
        // An erased household has nothing left to follow up.
        if (error instanceof ErasedDataError) continue;
        throw error;
      }
    }
    if (raised > 0) this.logger.log(`Raised ${raised} overdue follow-up alert(s)`);
    return raised;
  }

  // Reads under a case the caller already reads the details of (Case's fields).

  async stage(m: EntityManager, row: CaseRow): Promise<CaseStage> {
    return (await this.writer.current(m, row)).stage;
  }

  /** The stages of many cases in one statement (CaseSummary lists). */
  async stages(m: EntityManager, rows: readonly CaseRow[]): Promise<Map<string, CaseStage>> {
    const latest = await this.repository.latest(
      m,
      rows.map((row) => row.id),
    );
    return new Map(rows.map((row) => [row.id, latest.get(row.id)?.to_stage ?? stageOfStatus(row.status)]));
  }

  async allowedStages(m: EntityManager, row: CaseRow): Promise<CaseStage[]> {
    const { stage } = await this.writer.current(m, row);
    return allowedStages(stage, stageFacts(row, await this.repository.guardRows(m, row.id)));
  }

  async escalated(m: EntityManager, row: CaseRow): Promise<boolean> {
    return (await this.writer.current(m, row)).latest?.kind === 'ESCALATE';
  }

  async history(m: EntityManager, row: CaseRow): Promise<CaseTransition[]> {
    const key = await this.cases.caseKey(m, row);
    return (await this.repository.history(m, row.id)).map((t) => {
      const sealer = new RowSealer(key, 'case_transition', t.id);
      return {
        id: t.id,
        kind: t.kind,
        fromStage: t.from_stage,
        toStage: t.to_stage,
        closureReason: t.closure_reason,
        fromRegion: t.from_region,
        toRegion: t.to_region,
        actor: sealer.open('actor', t.actor_sealed),
        reason: sealer.open('reason', t.reason_sealed),
        at: t.at,
      };
    });
  }

  async closureReason(m: EntityManager, row: CaseRow): Promise<ClosureReason | null> {
    const { latest } = await this.writer.current(m, row);
    if (latest) return latest.to_stage === 'CLOSED' ? latest.closure_reason : null;
    return row.status === 'COMPLETED' || row.status === 'ABORTED' ? closureReasonOfStatus(row.status) : null;
  }

  async steps(m: EntityManager, row: CaseRow): Promise<AssessmentStep[]> {
    const key = await this.cases.caseKey(m, row);
    return (await this.repository.steps(m, row.id)).map((s) => {
      const sealer = new RowSealer(key, 'case_assessment_step', s.id);
      return {
        id: s.id,
        kind: s.kind,
        instrument: sealer.open('instrument', s.instrument_sealed),
        assessor: sealer.open('assessor', s.assessor_sealed),
        requiredOn: s.required_on,
        completedOn: s.completed_on,
        completed: s.completed_on !== null,
        recordedAt: s.recorded_at,
      };
    });
  }

  async followUps(m: EntityManager, row: CaseRow): Promise<FollowUp[]> {
    const key = await this.cases.caseKey(m, row);
    const today = todayInSweden();
    return (await this.repository.followUps(m, row.id)).map((f) => {
      const sealer = new RowSealer(key, 'case_follow_up', f.id);
      return {
        id: f.id,
        dueOn: f.due_on,
        overdue: f.recorded_on === null && f.due_on < today,
        recordedOn: f.recorded_on,
        outcome: f.outcome,
        housing: f.housing,
        income: f.income,
        relapse: f.relapse,
        threatStands: f.threat_stands,
        notes: sealer.openOptional('notes', f.notes_sealed),
        recordedBy: f.recorded_by_sealed ? sealer.open('recorded_by', f.recorded_by_sealed) : null,
      };
    });
  }
}
