import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export const TEAM_ROLES = ['RESPONSIBLE_OFFICER', 'LOCAL_COORDINATOR', 'CONTACT_OFFICER', 'SOCIAL_SECRETARY', 'OTHER'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamMemberRow {
  id: string;
  case_id: string;
  officer_token: Buffer;
  officer_sealed: Buffer;
  role: TeamRole;
  reason_sealed: Buffer;
  added_by_sealed: Buffer;
  added_at: Date;
}

export interface BreakGlassRow {
  id: string;
  case_id: string;
  officer_token: Buffer;
  officer_sealed: Buffer;
  reason_sealed: Buffer;
  granted_at: Date;
  expires_at: Date;
}

const MEMBER_COLUMNS = 'id, case_id, officer_token, officer_sealed, role, reason_sealed, added_by_sealed, added_at';
const GRANT_COLUMNS = 'id, case_id, officer_token, officer_sealed, reason_sealed, granted_at, expires_at';
/** Read back with each row's proof (RowIntegrity): memberships and grants decide who reads a case. */
const MEMBER_READ = `${MEMBER_COLUMNS}, ${PROOF('case_team_member')}`;

/** SQL for case teams (current members; removed ones stay as history) and break-glass grants. */
@Injectable()
export class TeamRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insertMember(m: EntityManager, row: Omit<TeamMemberRow, 'added_at'>): Promise<void> {
    await m.query(
      `INSERT INTO case_team_member (id, case_id, officer_token, officer_sealed, role, reason_sealed, added_by_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.case_id, row.officer_token, row.officer_sealed, row.role, row.reason_sealed, row.added_by_sealed],
    );
  }

  async currentMembers(m: EntityManager, caseId: string): Promise<TeamMemberRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${MEMBER_READ} FROM case_team_member WHERE case_id = $1 AND removed_at IS NULL ORDER BY added_at, id`, [
        caseId,
      ])) as TeamMemberRow[],
    );
  }

  async currentMember(m: EntityManager, caseId: string, memberId: string): Promise<TeamMemberRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${MEMBER_READ} FROM case_team_member WHERE case_id = $1 AND id = $2 AND removed_at IS NULL`, [
        caseId,
        memberId,
      ])) as TeamMemberRow[],
    )[0];
  }

  async isMember(m: EntityManager, caseId: string, officerToken: Buffer): Promise<boolean> {
    const rows = (await m.query(
      `SELECT ${PROOF('case_team_member')} FROM case_team_member WHERE case_id = $1 AND officer_token = $2 AND removed_at IS NULL`,
      [caseId, officerToken],
    )) as object[];
    return this.integrity.verifyRows(rows).length > 0;
  }

  async remove(m: EntityManager, id: string, removedBySealed: Buffer, reasonSealed: Buffer): Promise<void> {
    await m.query(
      'UPDATE case_team_member SET removed_at = now(), removed_by_sealed = $2, removal_reason_sealed = $3 WHERE id = $1 AND removed_at IS NULL',
      [id, removedBySealed, reasonSealed],
    );
  }

  /** Granted now, by the database's clock (the same clock that judges expiry), for `lastsMs`. */
  async insertBreakGlass(m: EntityManager, row: Omit<BreakGlassRow, 'granted_at' | 'expires_at'>, lastsMs: number): Promise<BreakGlassRow> {
    const rows = (await m.query(
      `INSERT INTO break_glass (id, case_id, officer_token, officer_sealed, reason_sealed, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + $6::bigint * interval '1 millisecond') RETURNING ${GRANT_COLUMNS}`,
      [row.id, row.case_id, row.officer_token, row.officer_sealed, row.reason_sealed, Math.round(lastsMs)],
    )) as BreakGlassRow[];
    return rows[0] as BreakGlassRow;
  }

  async hasActiveBreakGlass(m: EntityManager, caseId: string, officerToken: Buffer): Promise<boolean> {
    const rows = (await m.query(
      `SELECT ${PROOF('break_glass')} FROM break_glass WHERE case_id = $1 AND officer_token = $2 AND expires_at > now() LIMIT 1`,
      [caseId, officerToken],
    )) as object[];
    return this.integrity.verifyRows(rows).length > 0;
  }

  /** The cases whose details this officer may read by assignment: their teams and unexpired break-glass grants. */
  async assignedCaseIds(m: EntityManager, officerToken: Buffer): Promise<Set<string>> {
    const rows = (await m.query(
      `SELECT case_id, ${PROOF('case_team_member')} FROM case_team_member WHERE officer_token = $1 AND removed_at IS NULL
       UNION ALL SELECT case_id, ${PROOF('break_glass')} FROM break_glass WHERE officer_token = $1 AND expires_at > now()`,
      [officerToken],
    )) as { case_id: string }[];
    return new Set(this.integrity.verifyRows(rows).map((r) => r.case_id));
  }

  /** The cases of this region whose household the person is in (as defector or relative). */
  async householdCasesInRegion(m: EntityManager, personId: string, region: string): Promise<string[]> {
    const rows = (await m.query(
      'SELECT c.id FROM case_member cm JOIN registry_case c ON c.id = cm.case_id WHERE cm.person_id = $1 AND c.region = $2',
      [personId, region],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Break-glass grants on the cases this officer is the responsible officer of, newest first. */
  async grantsOnCasesOf(m: EntityManager, responsibleToken: Buffer, limit: number): Promise<BreakGlassRow[]> {
    const rows = (await m.query(
      `SELECT ${GRANT_COLUMNS.split(', ')
        .map((c) => `g.${c}`)
        .join(', ')}, ${PROOF('break_glass', 'g')}, ${PROOF('case_team_member', 't', 'member_proof')} FROM break_glass g
         JOIN case_team_member t ON t.case_id = g.case_id AND t.officer_token = $1 AND t.role = 'RESPONSIBLE_OFFICER' AND t.removed_at IS NULL
         JOIN registry_case c ON c.id = g.case_id
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        ORDER BY g.granted_at DESC, g.id LIMIT $2`,
      [responsibleToken, limit],
    )) as BreakGlassRow[];
    return this.integrity.verifyRows(this.integrity.verifyRows(rows), 'member_proof');
  }
}
