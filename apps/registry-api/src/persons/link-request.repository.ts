import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalConflictKind } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export type LinkKind = 'THREAT_ACTOR' | 'PERSONAL_CONFLICT';
export type LinkStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface LinkRequestRow {
  id: string;
  kind: LinkKind;
  case_id: string | null;
  person_id: string | null;
  other_person_id: string;
  conflict_kind: PersonalConflictKind | null;
  requested_by: string;
  requested_region: PoliceRegion | null;
  requested_at: Date;
  status: LinkStatus;
  decided_by: string | null;
  decided_at: Date | null;
}

const COLUMNS = `id, kind, case_id, person_id, other_person_id, conflict_kind, requested_by, requested_region, requested_at, status, decided_by, decided_at, ${PROOF('link_request')}`;

/** SQL for links to persons the requesting region may not see, waiting for national coordination. */
@Injectable()
export class LinkRequestRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insert(m: EntityManager, row: Omit<LinkRequestRow, 'requested_at' | 'status' | 'decided_by' | 'decided_at'>): Promise<void> {
    await m.query(
      `INSERT INTO link_request (id, kind, case_id, person_id, other_person_id, conflict_kind, requested_by, requested_region)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.kind, row.case_id, row.person_id, row.other_person_id, row.conflict_kind, row.requested_by, row.requested_region],
    );
  }

  async find(m: EntityManager, id: string, lock = false): Promise<LinkRequestRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${COLUMNS} FROM link_request WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as LinkRequestRow[],
    )[0];
  }

  /** Requests of one region (null: all), newest first. */
  async list(m: EntityManager, region: PoliceRegion | null, status: LinkStatus | null): Promise<LinkRequestRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT ${COLUMNS} FROM link_request WHERE ($1::text IS NULL OR requested_region = $1) AND ($2::text IS NULL OR status = $2)
        ORDER BY requested_at DESC, id`,
        [region, status],
      )) as LinkRequestRow[],
    );
  }

  /** Requests about one case's household: its threat actors and its members' conflicts. */
  async ofCase(m: EntityManager, caseId: string): Promise<LinkRequestRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT ${COLUMNS} FROM link_request
        WHERE case_id = $1 OR person_id IN (SELECT person_id FROM case_member WHERE case_id = $1)
        ORDER BY requested_at DESC, id`,
        [caseId],
      )) as LinkRequestRow[],
    );
  }

  async decide(m: EntityManager, id: string, status: 'APPROVED' | 'REJECTED', decidedBy: string): Promise<void> {
    await m.query('UPDATE link_request SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1', [id, status, decidedBy]);
  }

  /** The threat actors national coordination has approved for a case, beyond those its region can name itself. */
  async approvedThreatActorIds(m: EntityManager, caseId: string): Promise<string[]> {
    // Every request of the case is read and verified, and the approved ones picked here: a status filter in
    // SQL would let a status changed in the database drop an approved actor unseen.
    const rows = (await m.query(
      `SELECT other_person_id, status, ${PROOF('link_request')} FROM link_request WHERE case_id = $1 AND kind = 'THREAT_ACTOR' ORDER BY decided_at, id`,
      [caseId],
    )) as { other_person_id: string; status: LinkStatus }[];
    return this.integrity
      .verifyRows(rows)
      .filter((r) => r.status === 'APPROVED')
      .map((r) => r.other_person_id);
  }
}
