import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PoliceRegion } from '@registry/geo';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';
import type {
  AssessmentKind,
  CaseStage,
  ClosureReason,
  FollowUpHousing,
  FollowUpIncome,
  FollowUpOutcome,
  RelapseAnswer,
  ThreatStandsAnswer,
  TransitionKind,
} from './case-stages.js';

export interface TransitionRow {
  id: string;
  case_id: string;
  seq: number;
  kind: TransitionKind;
  from_stage: CaseStage | null;
  to_stage: CaseStage;
  closure_reason: ClosureReason | null;
  from_region: PoliceRegion | null;
  to_region: PoliceRegion | null;
  actor_sealed: Buffer;
  reason_sealed: Buffer;
  at: Date;
}

export interface AssessmentStepRow {
  id: string;
  case_id: string;
  kind: AssessmentKind;
  instrument_sealed: Buffer;
  assessor_sealed: Buffer;
  required_on: string;
  completed_on: string | null;
  recorded_by_sealed: Buffer;
  recorded_at: Date;
}

export interface FollowUpAnswers {
  outcome: FollowUpOutcome;
  housing: FollowUpHousing;
  income: FollowUpIncome;
  relapse: RelapseAnswer;
  threat_stands: ThreatStandsAnswer;
}

export interface FollowUpRow {
  id: string;
  case_id: string;
  placement_id: string | null;
  due_on: string;
  recorded_on: string | null;
  outcome: FollowUpOutcome | null;
  housing: FollowUpHousing | null;
  income: FollowUpIncome | null;
  relapse: RelapseAnswer | null;
  threat_stands: ThreatStandsAnswer | null;
  notes_sealed: Buffer | null;
  recorded_by_sealed: Buffer | null;
  created_at: Date;
  recorded_at: Date | null;
}

/** What the transition guards read about a case's assessments, proposals and placements. */
export interface GuardRows {
  threatAssessments: number;
  placementAssessments: number;
  completedThreatSteps: number;
  completedPlacementSteps: number;
  openProposals: number;
  activePlacements: number;
  /** the latest day a placement of the case ended, if any */
  lastEndedOn: string | null;
  /** the placement that ended last, if any */
  lastEndedPlacement: string | null;
}

const TRANSITION = `id, case_id, seq, kind, from_stage, to_stage, closure_reason, from_region, to_region, actor_sealed, reason_sealed, at, ${PROOF('case_transition')}`;
const STEP = `id, case_id, kind, instrument_sealed, assessor_sealed, required_on::text AS required_on, completed_on::text AS completed_on, recorded_by_sealed, recorded_at, ${PROOF('case_assessment_step')}`;
const FOLLOW_UP = `id, case_id, placement_id, due_on::text AS due_on, recorded_on::text AS recorded_on, outcome, housing, income, relapse, threat_stands,
  notes_sealed, recorded_by_sealed, created_at, recorded_at, ${PROOF('case_follow_up')}`;

/** SQL for a case's history (its stage is the latest row), its assessment steps and its follow-ups. */
@Injectable()
export class LifecycleRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async history(m: EntityManager, caseId: string): Promise<TransitionRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${TRANSITION} FROM case_transition WHERE case_id = $1 ORDER BY seq`, [caseId])) as TransitionRow[],
    );
  }

  /** The latest history row of each case (none for a case opened before stages were kept). */
  async latest(m: EntityManager, caseIds: readonly string[]): Promise<Map<string, TransitionRow>> {
    if (caseIds.length === 0) return new Map();
    const rows = this.integrity.verifyRows(
      (await m.query(
        `SELECT DISTINCT ON (case_id) ${TRANSITION} FROM case_transition WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, seq DESC`,
        [caseIds],
      )) as TransitionRow[],
    );
    return new Map(rows.map((row) => [row.case_id, row]));
  }

  async insertTransition(m: EntityManager, row: Omit<TransitionRow, 'at'>): Promise<void> {
    await m.query(
      `INSERT INTO case_transition (id, case_id, seq, kind, from_stage, to_stage, closure_reason, from_region, to_region, actor_sealed, reason_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        row.case_id,
        row.seq,
        row.kind,
        row.from_stage,
        row.to_stage,
        row.closure_reason,
        row.from_region,
        row.to_region,
        row.actor_sealed,
        row.reason_sealed,
      ],
    );
  }

  /**
   * The contract's status and the region, kept in step with the history. A reopened case is no longer
   * closed: its closed_at goes with the status.
   */
  async setCase(m: EntityManager, caseId: string, status: string, region: PoliceRegion, closed: boolean): Promise<void> {
    await m.query(
      `UPDATE registry_case SET status = $2, region = $3, closed_at = CASE WHEN $4::boolean THEN coalesce(closed_at, now()) ELSE NULL END WHERE id = $1`,
      [caseId, status, region, closed],
    );
  }

  async steps(m: EntityManager, caseId: string): Promise<AssessmentStepRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${STEP} FROM case_assessment_step WHERE case_id = $1 ORDER BY recorded_at, id`, [
        caseId,
      ])) as AssessmentStepRow[],
    );
  }

  async insertStep(m: EntityManager, row: Omit<AssessmentStepRow, 'recorded_at'>): Promise<void> {
    await m.query(
      `INSERT INTO case_assessment_step (id, case_id, kind, instrument_sealed, assessor_sealed, required_on, completed_on, recorded_by_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        row.id,
        row.case_id,
        row.kind,
        row.instrument_sealed,
        row.assessor_sealed,
        row.required_on,
        row.completed_on,
        row.recorded_by_sealed,
      ],
    );
  }

  async followUps(m: EntityManager, caseId: string): Promise<FollowUpRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${FOLLOW_UP} FROM case_follow_up WHERE case_id = $1 ORDER BY due_on, created_at, id`, [
        caseId,
      ])) as FollowUpRow[],
    );
  }

  async pendingFollowUp(m: EntityManager, caseId: string): Promise<FollowUpRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${FOLLOW_UP} FROM case_follow_up WHERE case_id = $1 AND recorded_on IS NULL FOR UPDATE`, [
        caseId,
      ])) as FollowUpRow[],
    )[0];
  }

  /** A follow-up waiting to be recorded; none if one is already waiting (the unique index keeps one). */
  async insertPendingFollowUp(m: EntityManager, id: string, caseId: string, placementId: string | null, dueOn: string): Promise<void> {
    await m.query(
      `INSERT INTO case_follow_up (id, case_id, placement_id, due_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) WHERE recorded_on IS NULL DO NOTHING`,
      [id, caseId, placementId, dueOn],
    );
  }

  async record(
    m: EntityManager,
    id: string,
    recordedOn: string,
    answers: FollowUpAnswers,
    notes: Buffer | null,
    recordedBy: Buffer,
  ): Promise<void> {
    await m.query(
      `UPDATE case_follow_up SET recorded_on = $2, outcome = $3, housing = $4, income = $5, relapse = $6, threat_stands = $7,
         notes_sealed = $8, recorded_by_sealed = $9, recorded_at = now() WHERE id = $1 AND recorded_on IS NULL`,
      [id, recordedOn, answers.outcome, answers.housing, answers.income, answers.relapse, answers.threat_stands, notes, recordedBy],
    );
  }

  /** Follow-ups past their due day and not recorded, of placements (the alert is raised on the placement). */
  async overdue(m: EntityManager, today: string): Promise<FollowUpRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT ${FOLLOW_UP} FROM case_follow_up WHERE recorded_on IS NULL AND due_on < $1::date AND placement_id IS NOT NULL ORDER BY due_on, id`,
        [today],
      )) as FollowUpRow[],
    );
  }

  /** Raises a FOLLOW_UP_OVERDUE alert on the placement unless one is open; true when raised. */
  async raiseOverdueAlert(m: EntityManager, id: string, placementId: string, flags: Buffer): Promise<boolean> {
    const rows = (await m.query(
      `INSERT INTO alert (id, placement_id, flags_sealed, kind) VALUES ($1, $2, $3, 'FOLLOW_UP_OVERDUE')
       ON CONFLICT (placement_id, kind) WHERE NOT acknowledged DO NOTHING RETURNING id`,
      [id, placementId, flags],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The facts the guards read, each row's proof checked. */
  async guardRows(m: EntityManager, caseId: string): Promise<GuardRows> {
    const count = async (table: string, where: string): Promise<number> =>
      this.integrity.verifyRows(
        (await m.query(`SELECT ${PROOF(table)} FROM ${table} WHERE case_id = $1 AND ${where}`, [caseId])) as object[],
      ).length;
    const placements = this.integrity.verifyRows(
      (await m.query(`SELECT id, ended_on::text AS ended_on, ${PROOF('placement')} FROM placement WHERE case_id = $1`, [caseId])) as {
        id: string;
        ended_on: string | null;
      }[],
    );
    const ended = placements.filter((p) => p.ended_on !== null).sort((a, b) => (a.ended_on! < b.ended_on! ? -1 : 1));
    const last = ended[ended.length - 1];
    return {
      threatAssessments: await count('threat_assessment', 'true'),
      placementAssessments: await count('placement_assessment', 'true'),
      completedThreatSteps: await count('case_assessment_step', "kind = 'THREAT' AND completed_on IS NOT NULL"),
      completedPlacementSteps: await count('case_assessment_step', "kind = 'PLACEMENT' AND completed_on IS NOT NULL"),
      openProposals: await count('proposal', "status IN ('CLEARED', 'OVERRIDDEN')"),
      activePlacements: placements.filter((p) => p.ended_on === null).length,
      lastEndedOn: last?.ended_on ?? null,
      lastEndedPlacement: last?.id ?? null,
    };
  }
}
