import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AffiliationRole,
  Confidence,
  KeepApartScope,
  NetworkFact,
  NetworkRelationKind,
  PersonalConflictKind,
  PersonKind,
  PersonScope,
} from '@registry/checker';
import { rowMacPairSql } from '@registry/database';
import { personRegions } from '../access/need-to-know.js';
import { CASE_REGIONS_OF_PERSON } from '../persons/person.repository.js';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { CASE_REGION_PROOFS, PROOF, PROOFS_AGG } from '../protection/row-proofs.js';
import type { PoliceRegion } from '@registry/geo';

const DAY = (c: string, as = c) => `to_char(${c}, 'YYYY-MM-DD') AS ${as}`;

export interface SealedPlaceRow {
  id: string;
  owner_id: string;
  municipality_sealed: Buffer;
  valid_from: string;
  valid_to: string | null;
  confidence?: Confidence;
}

export interface OccupancyRow {
  id: string;
  kind: 'PLACEMENT' | 'RESERVATION';
  case_id: string;
  region: PoliceRegion;
  data_key_id: string;
  /** The case key, wrapped, read with the row: a cold start unwraps it without asking again. */
  kek_version: number;
  wrapped_key: Buffer;
  municipality_sealed: Buffer;
  start_date: string;
  end_date: string;
  person_ids: string[];
}

export interface MemberRow {
  person_id: string;
  kind: PersonKind;
  surveillance_hold: boolean;
}

export interface RelationRow {
  id: string;
  a: string;
  b: string;
  kind: NetworkRelationKind;
  validFrom: string;
  validTo: string | null;
}

export interface AffiliationRow {
  id: string;
  personId: string;
  networkId: string;
  role: AffiliationRole;
  confidence: Confidence;
  validFrom: string;
  validTo: string | null;
}

export interface ConflictRow {
  id: string;
  personId: string;
  otherPersonId: string;
  kind: PersonalConflictKind;
  /** Absent: the default scope, SAME_MUNICIPALITY. */
  scope?: KeepApartScope;
  reviewDue?: string | null;
}

/** A row read with its optional terms and closure, and their proofs; see FactsRepository.openConflicts. */
type ConflictRead = ConflictRow & { terms_proof?: unknown; closure_proof?: unknown; closed?: boolean };

/**
 * Which rows of a kind: every one (a full load) or those a change names (an instance catching up). The
 * national reads are one query per kind either way, ordered by id, which is the order the checker lists
 * facts in (and so the order of causes), whichever way the facts were loaded; NationalFactsIndex puts rows
 * in that order itself when they come otherwise (all the occupancies do).
 */
export type Rows = { readonly ids: readonly string[] } | 'all';

function where(rows: Rows, column: string, parameter: number, joiner = 'WHERE'): string {
  return rows === 'all' ? '' : `${joiner} ${column} = ANY($${parameter}::uuid[])`;
}

function parameters(rows: Rows, ...before: unknown[]): unknown[] {
  return rows === 'all' ? before : [...before, rows.ids];
}

/**
 * The reads behind the checker's snapshot of the country: bulk, one query per kind of fact. Every row comes
 * with the proof of its row MAC (and of the rows joined into it), checked before it becomes a fact.
 */
@Injectable()
export class FactsRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  /** Which regions may see each person with a known location: areaView hides the others' locations. */
  async locatedPersonScopes(m: EntityManager, persons: Rows): Promise<PersonScope[]> {
    const rows = (await m.query(
      `SELECT p.id AS "personId", ${CASE_REGIONS_OF_PERSON('p.id')} AS "caseRegions", p.registered_region AS "registeredRegion",
              ${PROOF('person', 'p')}, ${CASE_REGION_PROOFS('p.id')} AS region_proofs
         FROM person p WHERE EXISTS (SELECT 1 FROM known_location l WHERE l.person_id = p.id) ${where(persons, 'p.id', 1, 'AND')}
        ORDER BY p.id`,
      parameters(persons),
    )) as {
      personId: string;
      caseRegions: PoliceRegion[];
      registeredRegion: PoliceRegion | null;
      row_proof: unknown;
      region_proofs: unknown;
    }[];
    return rows.map((r) => {
      this.integrity.verify(r.row_proof);
      this.integrity.verifyAll(r.region_proofs);
      return { personId: r.personId, regions: personRegions(r.caseRegions, r.registeredRegion) };
    });
  }

  async networks(m: EntityManager, rows: Rows): Promise<NetworkFact[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT id, category, reach, ${PROOF('network')} FROM network ${where(rows, 'id', 1)} ORDER BY id`,
        parameters(rows),
      )) as NetworkFact[],
    );
  }

  async relations(m: EntityManager, rows: Rows): Promise<RelationRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT id, network_a_id AS a, network_b_id AS b, kind, ${DAY('valid_from', '"validFrom"')}, ${DAY('valid_to', '"validTo"')}, ${PROOF('network_relation')}
           FROM network_relation ${where(rows, 'id', 1)} ORDER BY id`,
        parameters(rows),
      )) as RelationRow[],
    );
  }

  async presences(m: EntityManager, rows: Rows): Promise<SealedPlaceRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT id, network_id AS owner_id, municipality_sealed, confidence, ${DAY('valid_from')}, ${DAY('valid_to')}, ${PROOF('network_presence')}
           FROM network_presence ${where(rows, 'id', 1)} ORDER BY id`,
        parameters(rows),
      )) as SealedPlaceRow[],
    );
  }

  async knownLocations(m: EntityManager, rows: Rows): Promise<SealedPlaceRow[]> {
    // Open locations only; as with conflicts, a closure counts once its proof is checked.
    const found = (await m.query(
      `SELECT kl.id, kl.person_id AS owner_id, kl.municipality_sealed, ${DAY('kl.valid_from', 'valid_from')}, ${DAY('kl.valid_to', 'valid_to')},
              ${PROOF('known_location', 'kl')}, rc.id IS NOT NULL AS closed,
              CASE WHEN rc.id IS NOT NULL THEN ${rowMacPairSql('record_closure', 'rc')} END AS closure_proof
         FROM known_location kl LEFT JOIN record_closure rc ON rc.record_kind = 'KNOWN_LOCATION' AND rc.record_id = kl.id
        ${where(rows, 'kl.id', 1)} ORDER BY kl.id`,
      parameters(rows),
    )) as (SealedPlaceRow & { closed?: boolean; closure_proof?: unknown })[];
    const open: SealedPlaceRow[] = [];
    for (const row of this.integrity.verifyRows(found)) {
      if (row.closure_proof) this.integrity.verify(row.closure_proof);
      if (row.closed) continue;
      delete row.closed;
      delete row.closure_proof;
      delete (row as { row_proof?: unknown }).row_proof;
      open.push(row);
    }
    return open;
  }

  private static readonly AFFILIATION_COLUMNS = `id, person_id AS "personId", network_id AS "networkId", role, confidence, ${DAY('valid_from', '"validFrom"')}, ${DAY('valid_to', '"validTo"')}, ${PROOF('affiliation')}`;

  async affiliations(m: EntityManager, rows: Rows): Promise<AffiliationRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT ${FactsRepository.AFFILIATION_COLUMNS} FROM affiliation ${where(rows, 'id', 1)} ORDER BY id`,
        parameters(rows),
      )) as AffiliationRow[],
    );
  }

  /** A household's members' affiliations. */
  async affiliationsOfPersons(m: EntityManager, personIds: readonly string[]): Promise<AffiliationRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${FactsRepository.AFFILIATION_COLUMNS} FROM affiliation WHERE person_id = ANY($1::uuid[]) ORDER BY id`, [
        personIds,
      ])) as AffiliationRow[],
    );
  }

  // A conflict with its terms (scope, review date) and whether it is closed, each with its own proof: a
  // closure or a narrowed scope written behind the register's back fails the read instead of quietly
  // lifting a block. Which rows are open is decided after the proofs are checked, not by a WHERE.
  private static readonly CONFLICT_COLUMNS = `pc.id, pc.person_id AS "personId", pc.other_person_id AS "otherPersonId", pc.kind,
      t.scope, ${DAY('t.review_due', '"reviewDue"')}, ${PROOF('personal_conflict', 'pc')},
      CASE WHEN t.id IS NOT NULL THEN ${rowMacPairSql('personal_conflict_terms', 't')} END AS terms_proof,
      rc.id IS NOT NULL AS closed, CASE WHEN rc.id IS NOT NULL THEN ${rowMacPairSql('record_closure', 'rc')} END AS closure_proof
    FROM personal_conflict pc
    LEFT JOIN personal_conflict_terms t ON t.id = pc.id
    LEFT JOIN record_closure rc ON rc.record_kind = 'PERSONAL_CONFLICT' AND rc.record_id = pc.id`;

  private openConflicts(found: ConflictRead[]): ConflictRow[] {
    const open: ConflictRow[] = [];
    for (const row of this.integrity.verifyRows(found)) {
      if (row.terms_proof) this.integrity.verify(row.terms_proof);
      if (row.closure_proof) this.integrity.verify(row.closure_proof);
      if (row.closed) continue;
      const { id, personId, otherPersonId, kind, scope, reviewDue } = row;
      open.push({
        id,
        personId,
        otherPersonId,
        kind,
        ...(scope && scope !== 'SAME_MUNICIPALITY' ? { scope } : {}),
        ...(reviewDue ? { reviewDue } : {}),
      });
    }
    return open;
  }

  /** Open conflicts; a closed one a change names is simply not returned (taken away from the facts). */
  async conflicts(m: EntityManager, rows: Rows): Promise<ConflictRow[]> {
    return this.openConflicts(
      (await m.query(
        `SELECT ${FactsRepository.CONFLICT_COLUMNS} ${where(rows, 'pc.id', 1)} ORDER BY pc.id`,
        parameters(rows),
      )) as ConflictRead[],
    );
  }

  /** A household's members' open conflicts, registered from either side. */
  async conflictsOfPersons(m: EntityManager, personIds: readonly string[]): Promise<ConflictRow[]> {
    return this.openConflicts(
      (await m.query(
        `SELECT ${FactsRepository.CONFLICT_COLUMNS}
          WHERE pc.person_id = ANY($1::uuid[]) OR pc.other_person_id = ANY($1::uuid[]) ORDER BY pc.id`,
        [personIds],
      )) as ConflictRead[],
    );
  }

  /**
   * Every placement (ended ones too: the checker compares periods) and every reserving proposal: CLEARED or
   * OVERRIDDEN, not yet withdrawn or placed, and not past its start date (then it has expired). A row a
   * change names that is none of these (withdrawn, placed, shredded) is simply not returned. Every proposal
   * is read and verified; the sealed place only of those that reserve.
   */
  async occupancies(m: EntityManager, today: string, rows: Rows): Promise<OccupancyRow[]> {
    // Every row: each household aggregated once, and no ORDER BY (at 100x the wide rows, sealed place and
    // wrapped key, sort on disk; the index puts rows in key order itself). A few rows: each household read
    // by its case, through the index.
    const all = rows === 'all';
    // Each row's own proof, its case's, and its household's memberships' (the persons it places).
    const households = all
      ? `WITH household AS (SELECT case_id, array_agg(person_id ORDER BY position) AS person_ids, ${PROOFS_AGG('case_member')} AS member_proofs
                              FROM case_member GROUP BY case_id)`
      : '';
    const household = (t: string) => (all ? `JOIN household h ON h.case_id = ${t}.case_id` : '');
    const members = (t: string) =>
      all
        ? 'h.person_ids AS person_ids, h.member_proofs AS member_proofs'
        : `ARRAY(SELECT cm.person_id FROM case_member cm WHERE cm.case_id = ${t}.case_id ORDER BY cm.position) AS person_ids,
           (SELECT ${PROOFS_AGG('case_member', 'cm')} FROM case_member cm WHERE cm.case_id = ${t}.case_id) AS member_proofs`;
    const found = (await m.query(
      `${households}
       SELECT p.id, 'PLACEMENT' AS kind, p.case_id, c.region, c.data_key_id, k.kek_version, k.wrapped AS wrapped_key, p.municipality_sealed,
              ${DAY('p.start_date', 'start_date')}, to_char(LEAST(p.end_date, COALESCE(p.ended_on, p.end_date)), 'YYYY-MM-DD') AS end_date,
              ${members('p')}, ${PROOF('placement', 'p')}, ${PROOF('registry_case', 'c', 'case_proof')},
              -- a placement whose place the retention schedule erased (docs/retention.md) ended long ago: it occupies nothing
              p.municipality_sealed IS NOT NULL AS occupies
         FROM placement p JOIN registry_case c ON c.id = p.case_id ${household('p')}
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        ${where(rows, 'p.id', 2)}
       UNION ALL
       SELECT r.id, 'RESERVATION', r.case_id, c.region, c.data_key_id, k.kek_version, k.wrapped,
              CASE WHEN r.status IN ('CLEARED', 'OVERRIDDEN') AND r.start_date >= $1::date THEN r.municipality_sealed END,
              ${DAY('r.start_date', 'start_date')}, ${DAY('r.end_date', 'end_date')}, ${members('r')},
              ${PROOF('proposal', 'r')}, ${PROOF('registry_case', 'c', 'case_proof')},
              r.status IN ('CLEARED', 'OVERRIDDEN') AND r.start_date >= $1::date
         FROM proposal r JOIN registry_case c ON c.id = r.case_id ${household('r')}
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        ${where(rows, 'r.id', 2)}
        ${all ? '' : 'ORDER BY id'}`,
      parameters(rows, today),
    )) as (OccupancyRow & { member_proofs?: unknown; case_proof?: unknown; occupies?: boolean })[];
    // Which proposals reserve is decided here, after their proofs are checked, not by a WHERE: a status or
    // start date changed in the database would otherwise drop a reservation unseen instead of failing.
    const occupying: OccupancyRow[] = [];
    for (const row of this.integrity.verifyRows(found)) {
      this.integrity.verifyAll(row.member_proofs);
      this.integrity.verify(row.case_proof);
      if (!row.occupies) continue;
      delete row.member_proofs;
      delete row.case_proof;
      delete row.occupies;
      occupying.push(row);
    }
    return occupying;
  }

  async members(m: EntityManager, caseId: string): Promise<MemberRow[]> {
    const rows = (await m.query(
      `SELECT cm.person_id, p.kind, p.surveillance_hold, ${PROOF('case_member', 'cm')}, ${PROOF('person', 'p', 'person_proof')}
         FROM case_member cm JOIN person p ON p.id = cm.person_id WHERE cm.case_id = $1 ORDER BY cm.position`,
      [caseId],
    )) as (MemberRow & { person_proof?: unknown })[];
    for (const row of rows) {
      this.integrity.verify(row.person_proof);
      delete row.person_proof;
    }
    return this.integrity.verifyRows(rows);
  }
}
