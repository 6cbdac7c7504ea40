import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus, Reach, ThreatLevel } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';

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

const CASE_COLUMNS =
  'id, reference, data_key_id, region, status, home_municipality_sealed, defector_id, meets_definition, motivated, consent_to_information_exchange, signed_conditions, evidence_person';
const DAY = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;

/** SQL for cases, their households and their assessments (a new assessment supersedes, history stays). */
@Injectable()
export class CaseRepository {
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
    return ((await m.query(`SELECT ${CASE_COLUMNS} FROM registry_case WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as CaseRow[])[0];
  }

  async findMany(m: EntityManager, ids: readonly string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    return (await m.query(`SELECT ${CASE_COLUMNS} FROM registry_case WHERE id = ANY($1::uuid[])`, [ids])) as CaseRow[];
  }

  async findByReference(m: EntityManager, reference: string): Promise<CaseRow | undefined> {
    return ((await m.query(`SELECT ${CASE_COLUMNS} FROM registry_case WHERE reference = $1`, [reference])) as CaseRow[])[0];
  }

  async list(m: EntityManager, region: PoliceRegion | null, status: CaseStatus | null): Promise<CaseRow[]> {
    return (await m.query(
      // An erased (crypto-shredded) case has nothing left to list; reading it by id says so instead.
      `SELECT ${CASE_COLUMNS.split(', ')
        .map((c) => `c.${c}`)
        .join(', ')} FROM registry_case c
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        WHERE ($1::text IS NULL OR c.region = $1) AND ($2::text IS NULL OR c.status = $2)
        ORDER BY c.opened_at, c.reference`,
      [region, status],
    )) as CaseRow[];
  }

  async relativeIds(m: EntityManager, caseId: string): Promise<string[]> {
    const rows = (await m.query("SELECT person_id FROM case_member WHERE case_id = $1 AND role = 'RELATIVE' ORDER BY position", [
      caseId,
    ])) as { person_id: string }[];
    return rows.map((r) => r.person_id);
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

  async latestThreatAssessment(m: EntityManager, caseId: string): Promise<ThreatAssessmentRow | undefined> {
    return (
      (await m.query(
        `SELECT id, case_id, level, reach, relocation_required, threat_actor_ids, threat_network_ids, ${DAY('assessed_on')}, ${DAY('review_due')}, summary_sealed
           FROM threat_assessment WHERE case_id = $1 ORDER BY recorded_at DESC, id LIMIT 1`,
        [caseId],
      )) as ThreatAssessmentRow[]
    )[0];
  }

  async insertPlacementAssessment(m: EntityManager, row: PlacementAssessmentRow): Promise<void> {
    await m.query(
      `INSERT INTO placement_assessment (id, case_id, unsuitable_sealed, suitable_sealed, min_distance_from_home_km, assessed_on, review_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.case_id, row.unsuitable_sealed, row.suitable_sealed, row.min_distance_from_home_km, row.assessed_on, row.review_due],
    );
  }

  async latestPlacementAssessment(m: EntityManager, caseId: string): Promise<PlacementAssessmentRow | undefined> {
    return (
      (await m.query(
        `SELECT id, case_id, unsuitable_sealed, suitable_sealed, min_distance_from_home_km, ${DAY('assessed_on')}, ${DAY('review_due')}
           FROM placement_assessment WHERE case_id = $1 ORDER BY recorded_at DESC, id LIMIT 1`,
        [caseId],
      )) as PlacementAssessmentRow[]
    )[0];
  }
}
