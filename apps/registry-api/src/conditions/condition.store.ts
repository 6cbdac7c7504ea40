import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';
import type { ComplianceGrade, ConditionKind } from './condition-vocabulary.js';

export interface ConditionRow {
  id: string;
  case_id: string;
  kind: ConditionKind;
  terms_sealed: Buffer;
  breach_rule_sealed: Buffer;
  notify_sealed: Buffer;
  signed_on: string;
  added_by_sealed: Buffer;
  recorded_at: Date;
  ended_on: string | null;
  ended_by_sealed: Buffer | null;
  end_reason_sealed: Buffer | null;
}

export interface ComplianceRow {
  id: string;
  condition_id: string;
  case_id: string;
  compliance: ComplianceGrade;
  observed_on: string;
  note_sealed: Buffer | null;
  recorded_by_sealed: Buffer;
  recorded_at: Date;
}

export interface ReviewRow {
  id: string;
  case_id: string;
  condition_id: string;
  compliance_id: string;
  raised_at: Date;
  closed_at: Date | null;
  closed_by_sealed: Buffer | null;
  decision_sealed: Buffer | null;
}

const DAY = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
/** Read back with each row's proof (RowIntegrity): an end, a grade or a closed review decides what the team is told. */
const CONDITION_READ = `id, case_id, kind, terms_sealed, breach_rule_sealed, notify_sealed, ${DAY('signed_on')}, added_by_sealed, recorded_at,
  ${DAY('ended_on')}, ended_by_sealed, end_reason_sealed, ${PROOF('case_condition')}`;
const COMPLIANCE_READ = `id, condition_id, case_id, compliance, ${DAY('observed_on')}, note_sealed, recorded_by_sealed, recorded_at, ${PROOF(
  'condition_compliance',
)}`;
const REVIEW_COLUMNS = 'id, case_id, condition_id, compliance_id, raised_at, closed_at, closed_by_sealed, decision_sealed';
const REVIEW_READ = `${REVIEW_COLUMNS}, ${PROOF('condition_review')}`;

/** SQL for conditions, their compliance records and breach reviews; the sealing is the service's. */
@Injectable()
export class ConditionStore {
  constructor(private readonly integrity: RowIntegrity) {}

  async insertCondition(m: EntityManager, row: Omit<ConditionRow, 'recorded_at' | 'ended_on' | 'ended_by_sealed' | 'end_reason_sealed'>) {
    await m.query(
      `INSERT INTO case_condition (id, case_id, kind, terms_sealed, breach_rule_sealed, notify_sealed, signed_on, added_by_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.case_id, row.kind, row.terms_sealed, row.breach_rule_sealed, row.notify_sealed, row.signed_on, row.added_by_sealed],
    );
  }

  async condition(m: EntityManager, id: string, lock = false): Promise<ConditionRow | undefined> {
    const rows = (await m.query(`SELECT ${CONDITION_READ} FROM case_condition WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
      id,
    ])) as ConditionRow[];
    return this.integrity.verifyRows(rows)[0];
  }

  async conditionsOf(m: EntityManager, caseId: string): Promise<ConditionRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${CONDITION_READ} FROM case_condition WHERE case_id = $1 ORDER BY signed_on, recorded_at, id`, [
        caseId,
      ])) as ConditionRow[],
    );
  }

  async countOf(m: EntityManager, caseId: string): Promise<number> {
    const rows = (await m.query('SELECT count(*)::int AS n FROM case_condition WHERE case_id = $1', [caseId])) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  async end(m: EntityManager, id: string, endedOn: string, endedBySealed: Buffer, reasonSealed: Buffer): Promise<void> {
    await m.query(
      'UPDATE case_condition SET ended_on = $2, ended_by_sealed = $3, end_reason_sealed = $4 WHERE id = $1 AND ended_on IS NULL',
      [id, endedOn, endedBySealed, reasonSealed],
    );
  }

  async insertCompliance(m: EntityManager, row: Omit<ComplianceRow, 'recorded_at'>): Promise<void> {
    await m.query(
      `INSERT INTO condition_compliance (id, condition_id, case_id, compliance, observed_on, note_sealed, recorded_by_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.condition_id, row.case_id, row.compliance, row.observed_on, row.note_sealed, row.recorded_by_sealed],
    );
  }

  /** Every compliance record of a case, oldest observation first. */
  async complianceOf(m: EntityManager, caseId: string): Promise<ComplianceRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${COMPLIANCE_READ} FROM condition_compliance WHERE case_id = $1 ORDER BY observed_on, recorded_at, id`, [
        caseId,
      ])) as ComplianceRow[],
    );
  }

  async insertReview(m: EntityManager, id: string, caseId: string, conditionId: string, complianceId: string): Promise<void> {
    await m.query('INSERT INTO condition_review (id, case_id, condition_id, compliance_id) VALUES ($1, $2, $3, $4)', [
      id,
      caseId,
      conditionId,
      complianceId,
    ]);
  }

  async review(m: EntityManager, id: string, lock = false): Promise<ReviewRow | undefined> {
    const rows = (await m.query(`SELECT ${REVIEW_READ} FROM condition_review WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
      id,
    ])) as ReviewRow[];
    return this.integrity.verifyRows(rows)[0];
  }

  async reviewsOf(m: EntityManager, caseId: string): Promise<ReviewRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${REVIEW_READ} FROM condition_review WHERE case_id = $1 ORDER BY raised_at, id`, [caseId])) as ReviewRow[],
    );
  }

  /**
   * Reviews of a region's cases (every region's for null), open ones only unless `open` is false or null,
   * newest first, without those of an erased case (nothing left to review).
   */
  async reviews(m: EntityManager, region: string | null, open: boolean | null, limit: number): Promise<ReviewRow[]> {
    const rows = (await m.query(
      `SELECT ${REVIEW_COLUMNS.split(', ')
        .map((c) => `r.${c}`)
        .join(', ')}, ${PROOF('condition_review', 'r')} FROM condition_review r
         JOIN registry_case c ON c.id = r.case_id
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        WHERE ($1::text IS NULL OR c.region = $1) AND ($2::boolean IS NULL OR (r.closed_at IS NULL) = $2)
        ORDER BY r.raised_at DESC, r.id LIMIT $3`,
      [region, open, limit],
    )) as ReviewRow[];
    return this.integrity.verifyRows(rows);
  }

  async closeReview(m: EntityManager, id: string, closedBySealed: Buffer, decisionSealed: Buffer): Promise<void> {
    await m.query(
      'UPDATE condition_review SET closed_at = now(), closed_by_sealed = $2, decision_sealed = $3 WHERE id = $1 AND closed_at IS NULL',
      [id, closedBySealed, decisionSealed],
    );
  }
}
