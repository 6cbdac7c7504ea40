import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus, Reach, ThreatLevel } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';
import type { StoredDataKey } from '../protection/data-key.repository.js';
import { KEY_COLUMNS, storedKeyOf } from '../protection/joined-key-row.js';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export interface CaseRow {
  id: string;
  reference: string;
  data_key_id: string;
  region: PoliceRegion;
  status: CaseStatus;
  home_municipality_sealed: Buffer;
  defector_id: string;
  meets_definition: boolean;
  motivated: boolean;
  consent_to_information_exchange: boolean;
  signed_conditions: boolean;
  evidence_person: boolean;
}

export interface ThreatAssessmentRow {
  id: string;
  case_id: string;
  level: ThreatLevel;
  reach: Reach;
  relocation_required: boolean;
  threat_actor_ids: string[];
  threat_network_ids: string[];
  assessed_on: string;
  review_due: string;
  summary_sealed: Buffer | null;
}

export interface PlacementAssessmentRow {
  id: string;
  case_id: string;
  unsuitable_sealed: Buffer;
  suitable_sealed: Buffer;
  min_distance_from_home_km: number | null;
  assessed_on: string;
  review_due: string;
}

/** A case as a read shows it: its row, its data key's row, and its latest assessments, from one statement. */
export interface CaseForRead {
  row: CaseRow;
  key: StoredDataKey | undefined;
  threat: ThreatAssessmentRow | undefined;
  placement: PlacementAssessmentRow | undefined;
}

/** Each assessment row's columns, prefixed so that both fit in one result row. */
const THREAT_FIELDS = [
  'id',
  'case_id',
  'level',
  'reach',
  'relocation_required',
  'threat_actor_ids',
  'threat_network_ids',
  'assessed_on',
  'review_due',
  'summary_sealed',
] as const;
const PLACEMENT_FIELDS = [
  'id',
  'case_id',
  'unsuitable_sealed',
  'suitable_sealed',
  'min_distance_from_home_km',
  'assessed_on',
  'review_due',
] as const;

const CASE_COLUMNS =
  'id, reference, data_key_id, region, status, home_municipality_sealed, defector_id, meets_definition, motivated, consent_to_information_exchange, signed_conditions, evidence_person';
/** The columns read back, with the row's proof (RowIntegrity). */
const CASE_READ = (alias = 'registry_case') =>
  `${CASE_COLUMNS.split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ')}, ${PROOF('registry_case', alias)}`;
const DAY = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const CASE_COLUMNS_OF_C = CASE_COLUMNS.split(', ')
  .map((c) => `c.${c}`)
  .join(', ');

/**
 * The latest threat (`t`) and placement (`p`) assessment of the case `c` (a new one supersedes, history
 * stays), as lateral joins; ASSESSMENT_COLUMNS names their columns apart.
 */
const LATEST_ASSESSMENTS = `LEFT JOIN LATERAL (
    SELECT id, case_id, level, reach, relocation_required, threat_actor_ids, threat_network_ids, ${DAY('assessed_on')}, ${DAY('review_due')}, summary_sealed, ${PROOF('threat_assessment')}
      FROM threat_assessment WHERE case_id = c.id ORDER BY recorded_at DESC, id LIMIT 1) t ON true
  LEFT JOIN LATERAL (
    SELECT id, case_id, unsuitable_sealed, suitable_sealed, min_distance_from_home_km, ${DAY('assessed_on')}, ${DAY('review_due')}, ${PROOF('placement_assessment')}
      FROM placement_assessment WHERE case_id = c.id ORDER BY recorded_at DESC, id LIMIT 1) p ON true`;
const ASSESSMENT_COLUMNS = [
  ...[...THREAT_FIELDS, 'row_proof'].map((f) => `t.${f} AS t_${f}`),
  ...[...PLACEMENT_FIELDS, 'row_proof'].map((f) => `p.${f} AS p_${f}`),
].join(', ');

function caseRowOf(found: Record<string, unknown>): CaseRow {
  return Object.fromEntries(CASE_COLUMNS.split(', ').map((c) => [c, found[c]])) as unknown as CaseRow;
}

function prefixed<F extends string>(found: Record<string, unknown>, prefix: string, fields: readonly F[]): Record<F, unknown> | undefined {
  if (found[`${prefix}id`] === null || found[`${prefix}id`] === undefined) return undefined;
  return Object.fromEntries(fields.map((field) => [field, found[`${prefix}${field}`]])) as Record<F, unknown>;
}

function assessmentsOf(found: Record<string, unknown>): {
  threat: ThreatAssessmentRow | undefined;
  placement: PlacementAssessmentRow | undefined;
} {
  return {
    threat: prefixed(found, 't_', THREAT_FIELDS) as ThreatAssessmentRow | undefined,
    placement: prefixed(found, 'p_', PLACEMENT_FIELDS) as PlacementAssessmentRow | undefined,
  };
}

/** SQL for cases, their households and their assessments (a new assessment supersedes, history stays). */
@Injectable()
export class CaseRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  /** The latest assessments of a result row, each checked against its proof (RowIntegrity) when present. */
  private verifiedAssessments(found: Record<string, unknown>): ReturnType<typeof assessmentsOf> {
    if (found.t_id !== null && found.t_id !== undefined) this.integrity.verify(found.t_row_proof);
    if (found.p_id !== null && found.p_id !== undefined) this.integrity.verify(found.p_row_proof);
    return assessmentsOf(found);
  }

  /** Sequential per year and atomic: the counter row is locked until the opening transaction ends. */
  async nextReferenceNumber(m: EntityManager, year: number): Promise<number> {
    const rows = (await m.query(
      `INSERT INTO case_reference_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = case_reference_counter.last_number + 1
       RETURNING last_number`,
      [year],
    )) as { last_number: number }[];
    return rows[0]?.last_number as number;
  }

  async insert(m: EntityManager, row: CaseRow): Promise<void> {
    await m.query(`INSERT INTO registry_case (${CASE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, [
      row.id,
      row.reference,
      row.data_key_id,
      row.region,
      row.status,
      row.home_municipality_sealed,
      row.defector_id,
      row.meets_definition,
      row.motivated,
      row.consent_to_information_exchange,
      row.signed_conditions,
      row.evidence_person,
    ]);
  }

  async insertMember(m: EntityManager, caseId: string, personId: string, role: 'DEFECTOR' | 'RELATIVE', position: number): Promise<void> {
    await m.query('INSERT INTO case_member (case_id, person_id, role, position) VALUES ($1, $2, $3, $4)', [
      caseId,
      personId,
      role,
      position,
    ]);
  }

  async find(m: EntityManager, id: string, lock = false): Promise<CaseRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${CASE_READ()} FROM registry_case WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as CaseRow[],
    )[0];
  }

  /**
   * The case with its data key's row and its latest threat and placement assessments, in one statement:
   * what a read of the case needs before it opens anything. Undefined if no such case.
   */
  async findForRead(m: EntityManager, id: string): Promise<CaseForRead | undefined> {
    const rows = (await m.query(
      `SELECT ${CASE_COLUMNS_OF_C}, ${PROOF('registry_case', 'c')}, ${KEY_COLUMNS}, ${ASSESSMENT_COLUMNS}
         FROM registry_case c LEFT JOIN data_key k ON k.id = c.data_key_id ${LATEST_ASSESSMENTS}
        WHERE c.id = $1`,
      [id],
    )) as Record<string, unknown>[];
    const found = rows[0];
    if (!found) return undefined;
    this.integrity.verify(found.row_proof);
    const row = caseRowOf(found);
    return { row, key: storedKeyOf(row.data_key_id, found), ...this.verifiedAssessments(found) };
  }

  /** The case with its data key's row: what a check needs before it reads the household. */
  async findWithKey(m: EntityManager, id: string): Promise<{ row: CaseRow; key: StoredDataKey | undefined } | undefined> {
    const rows = (await m.query(
      `SELECT ${CASE_COLUMNS_OF_C}, ${PROOF('registry_case', 'c')}, ${KEY_COLUMNS} FROM registry_case c LEFT JOIN data_key k ON k.id = c.data_key_id WHERE c.id = $1`,
      [id],
    )) as Record<string, unknown>[];
    const found = rows[0];
    if (!found) return undefined;
    this.integrity.verify(found.row_proof);
    const row = caseRowOf(found);
    return { row, key: storedKeyOf(row.data_key_id, found) };
  }

  /** Both latest assessments of a case, in one statement. */
  async latestAssessments(
    m: EntityManager,
    caseId: string,
  ): Promise<{ threat: ThreatAssessmentRow | undefined; placement: PlacementAssessmentRow | undefined }> {
    const rows = (await m.query(`SELECT ${ASSESSMENT_COLUMNS} FROM (SELECT $1::uuid AS id) c ${LATEST_ASSESSMENTS}`, [caseId])) as Record<
      string,
      unknown
    >[];
    return this.verifiedAssessments(rows[0] ?? {});
  }

  async findMany(m: EntityManager, ids: readonly string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    return (await m.query(`SELECT ${CASE_COLUMNS} FROM registry_case WHERE id = ANY($1::uuid[])`, [ids])) as CaseRow[];
  }

  async findByReference(m: EntityManager, reference: string): Promise<CaseRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${CASE_READ()} FROM registry_case WHERE reference = $1`, [reference])) as CaseRow[],
    )[0];
  }

  async list(m: EntityManager, region: PoliceRegion | null, status: CaseStatus | null): Promise<CaseRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        // An erased (crypto-shredded) case has nothing left to list; reading it by id says so instead.
        `SELECT ${CASE_READ('c')} FROM registry_case c
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        WHERE ($1::text IS NULL OR c.region = $1) AND ($2::text IS NULL OR c.status = $2)
        ORDER BY c.opened_at, c.reference`,
        [region, status],
      )) as CaseRow[],
    );
  }

  /** Open or active cases in which this person is the defector: one case per defector at a time. */
  async openCasesOfDefector(m: EntityManager, personId: string): Promise<number> {
    const rows = (await m.query("SELECT count(*)::int AS n FROM registry_case WHERE defector_id = $1 AND status IN ('OPEN', 'ACTIVE')", [
      personId,
    ])) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  async setStatus(m: EntityManager, id: string, status: CaseStatus, closed: boolean): Promise<void> {
    await m.query(`UPDATE registry_case SET status = $2${closed ? ', closed_at = now()' : ''} WHERE id = $1`, [id, status]);
  }

  async insertThreatAssessment(m: EntityManager, row: ThreatAssessmentRow): Promise<void> {
    await m.query(
      `INSERT INTO threat_assessment (id, case_id, level, reach, relocation_required, threat_actor_ids, threat_network_ids, assessed_on, review_due, summary_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.case_id,
        row.level,
        row.reach,
        row.relocation_required,
        row.threat_actor_ids,
        row.threat_network_ids,
        row.assessed_on,
        row.review_due,
        row.summary_sealed,
      ],
    );
  }

  async insertPlacementAssessment(m: EntityManager, row: PlacementAssessmentRow): Promise<void> {
    await m.query(
      `INSERT INTO placement_assessment (id, case_id, unsuitable_sealed, suitable_sealed, min_distance_from_home_km, assessed_on, review_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.case_id, row.unsuitable_sealed, row.suitable_sealed, row.min_distance_from_home_km, row.assessed_on, row.review_due],
    );
  }
}
