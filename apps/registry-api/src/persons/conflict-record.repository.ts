import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConflictRole, KeepApartScope, PersonalConflictKind } from '@registry/checker';
import { rowMacPairSql } from '@registry/database';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export type ClosedRecordKind = 'PERSONAL_CONFLICT' | 'KNOWN_LOCATION' | 'SURVEILLANCE_HOLD';

/** A conflict's terms; sealed with the data key of the conflict's person_id side. */
export interface ConflictTermsRow {
  id: string;
  person_role: ConflictRole;
  other_role: ConflictRole;
  scope: KeepApartScope;
  review_due: string | null;
  reason_sealed: Buffer | null;
}

/** A closing, sealed with the data key of the person the record is about. */
export interface ClosureRow {
  id: string;
  record_kind: ClosedRecordKind;
  record_id: string;
  person_id: string;
  closed_at: Date;
  closed_by_sealed: Buffer;
  reason_sealed: Buffer;
}

export interface ConflictRecordRow {
  id: string;
  person_id: string;
  other_person_id: string;
  kind: PersonalConflictKind;
  created_at: Date;
  terms: ConflictTermsRow | null;
  closure: ClosureRow | null;
}

export interface KnownLocationRecordRow {
  id: string;
  person_id: string;
  municipality_sealed: Buffer;
  valid_from: string;
  valid_to: string | null;
  closure: ClosureRow | null;
}

const DAY = (c: string, as: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${as}`;
const CLOSURE_COLUMNS = (alias: string) =>
  `${alias}.id AS c_id, ${alias}.record_kind AS c_record_kind, ${alias}.record_id AS c_record_id, ${alias}.person_id AS c_person_id,
   ${alias}.closed_at AS c_closed_at, ${alias}.closed_by_sealed AS c_closed_by_sealed, ${alias}.reason_sealed AS c_reason_sealed,
   CASE WHEN ${alias}.id IS NOT NULL THEN ${rowMacPairSql('record_closure', alias)} END AS closure_proof`;

type Raw = Record<string, unknown>;

/**
 * SQL for what personal conflicts say beyond their kind, and for closing conflicts, known locations and
 * holds. Every row comes back with its proof checked (RowIntegrity): a scope narrowed or a closure written
 * behind the register's back fails the read.
 */
@Injectable()
export class ConflictRecordRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  private closureOf(row: Raw): ClosureRow | null {
    if (row.closure_proof) this.integrity.verify(row.closure_proof);
    if (!row.c_id) return null;
    return {
      id: row.c_id as string,
      record_kind: row.c_record_kind as ClosedRecordKind,
      record_id: row.c_record_id as string,
      person_id: row.c_person_id as string,
      closed_at: row.c_closed_at as Date,
      closed_by_sealed: row.c_closed_by_sealed as Buffer,
      reason_sealed: row.c_reason_sealed as Buffer,
    };
  }

  private conflictOf(row: Raw): ConflictRecordRow {
    if (row.terms_proof) this.integrity.verify(row.terms_proof);
    return {
      id: row.id as string,
      person_id: row.person_id as string,
      other_person_id: row.other_person_id as string,
      kind: row.kind as PersonalConflictKind,
      created_at: row.created_at as Date,
      terms: row.t_id
        ? {
            id: row.t_id as string,
            person_role: row.person_role as ConflictRole,
            other_role: row.other_role as ConflictRole,
            scope: row.scope as KeepApartScope,
            review_due: (row.review_due as string | null) ?? null,
            reason_sealed: (row.reason_sealed as Buffer | null) ?? null,
          }
        : null,
      closure: this.closureOf(row),
    };
  }

  private async readConflicts(m: EntityManager, condition: string, parameters: unknown[], lock = false): Promise<ConflictRecordRow[]> {
    const rows = (await m.query(
      `SELECT pc.id, pc.person_id, pc.other_person_id, pc.kind, pc.created_at, ${PROOF('personal_conflict', 'pc')},
              t.id AS t_id, t.person_role, t.other_role, t.scope, ${DAY('t.review_due', 'review_due')}, t.reason_sealed,
              CASE WHEN t.id IS NOT NULL THEN ${rowMacPairSql('personal_conflict_terms', 't')} END AS terms_proof,
              ${CLOSURE_COLUMNS('rc')}
         FROM personal_conflict pc
         LEFT JOIN personal_conflict_terms t ON t.id = pc.id
         LEFT JOIN record_closure rc ON rc.record_kind = 'PERSONAL_CONFLICT' AND rc.record_id = pc.id
        WHERE ${condition} ORDER BY pc.created_at, pc.id ${lock ? 'FOR UPDATE OF pc' : ''}`,
      parameters,
    )) as Raw[];
    return this.integrity.verifyRows(rows).map((row) => this.conflictOf(row));
  }

  /** One conflict; with `lock`, its row is locked until the transaction ends (closing and reviewing wait for each other). */
  async conflict(m: EntityManager, id: string, lock = false): Promise<ConflictRecordRow | undefined> {
    return (await this.readConflicts(m, 'pc.id = $1', [id], lock))[0];
  }

  /** Every conflict of a person, registered from either side, open and closed, oldest first. */
  async conflictsOf(m: EntityManager, personId: string): Promise<ConflictRecordRow[]> {
    return this.readConflicts(m, 'pc.person_id = $1 OR pc.other_person_id = $1', [personId]);
  }

  async upsertTerms(m: EntityManager, row: ConflictTermsRow): Promise<void> {
    await m.query(
      `INSERT INTO personal_conflict_terms (id, person_role, other_role, scope, review_due, reason_sealed)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET person_role = $2, other_role = $3, scope = $4, review_due = $5, reason_sealed = $6, updated_at = now()`,
      [row.id, row.person_role, row.other_role, row.scope, row.review_due, row.reason_sealed],
    );
  }

  /** Terms left under a link request that was rejected: nothing will ever read them. */
  async deleteTerms(m: EntityManager, id: string): Promise<void> {
    await m.query('DELETE FROM personal_conflict_terms WHERE id = $1', [id]);
  }

  private async readLocations(m: EntityManager, condition: string, parameters: unknown[], lock = false): Promise<KnownLocationRecordRow[]> {
    const rows = (await m.query(
      `SELECT kl.id, kl.person_id, kl.municipality_sealed, ${DAY('kl.valid_from', 'valid_from')}, ${DAY('kl.valid_to', 'valid_to')},
              ${PROOF('known_location', 'kl')}, ${CLOSURE_COLUMNS('rc')}
         FROM known_location kl
         LEFT JOIN record_closure rc ON rc.record_kind = 'KNOWN_LOCATION' AND rc.record_id = kl.id
        WHERE ${condition} ORDER BY kl.valid_from, kl.id ${lock ? 'FOR UPDATE OF kl' : ''}`,
      parameters,
    )) as Raw[];
    return this.integrity.verifyRows(rows).map((row) => ({
      id: row.id as string,
      person_id: row.person_id as string,
      municipality_sealed: row.municipality_sealed as Buffer,
      valid_from: row.valid_from as string,
      valid_to: (row.valid_to as string | null) ?? null,
      closure: this.closureOf(row),
    }));
  }

  async knownLocation(m: EntityManager, id: string, lock = false): Promise<KnownLocationRecordRow | undefined> {
    return (await this.readLocations(m, 'kl.id = $1', [id], lock))[0];
  }

  async knownLocationsOf(m: EntityManager, personId: string): Promise<KnownLocationRecordRow[]> {
    return this.readLocations(m, 'kl.person_id = $1', [personId]);
  }

  async insertClosure(m: EntityManager, row: Omit<ClosureRow, 'closed_at'>): Promise<Date> {
    const [inserted] = (await m.query(
      `INSERT INTO record_closure (id, record_kind, record_id, person_id, closed_by_sealed, reason_sealed)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING closed_at`,
      [row.id, row.record_kind, row.record_id, row.person_id, row.closed_by_sealed, row.reason_sealed],
    )) as { closed_at: Date }[];
    return inserted!.closed_at;
  }

  /** Every closing of a person's surveillance hold, oldest first. */
  async holdClosures(m: EntityManager, personId: string): Promise<ClosureRow[]> {
    const rows = (await m.query(
      `SELECT ${CLOSURE_COLUMNS('rc')} FROM record_closure rc
        WHERE rc.record_kind = 'SURVEILLANCE_HOLD' AND rc.person_id = $1 ORDER BY rc.closed_at, rc.id`,
      [personId],
    )) as Raw[];
    return rows.map((row) => this.closureOf(row)!);
  }
}
