import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AffiliationRole, Confidence, PersonalConflictKind, PersonKind } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';
import { KEY_COLUMNS, storedKeyOf } from '../protection/joined-key-row.js';
import type { StoredDataKey } from '../protection/data-key.repository.js';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { CASE_REGION_PROOFS, PROOF } from '../protection/row-proofs.js';

export interface PersonRow {
  id: string;
  data_key_id: string;
  kind: PersonKind;
  given_name_sealed: Buffer;
  family_name_sealed: Buffer;
  identity_number_sealed: Buffer | null;
  identity_number_index: Buffer | null;
  /** The blind-index key version of `identity_number_index` (null without one). */
  identity_number_index_version: number | null;
  birth_year_sealed: Buffer | null;
  surveillance_hold: boolean;
  /** The region that registered the person; null for national coordination. */
  registered_region: PoliceRegion | null;
}

export interface AffiliationRow {
  id: string;
  person_id: string;
  network_id: string;
  role: AffiliationRole;
  confidence: Confidence;
  valid_from: string;
  valid_to: string | null;
}

export interface KnownLocationRow {
  id: string;
  person_id: string;
  municipality_sealed: Buffer;
  valid_from: string;
  valid_to: string | null;
}

/** A person as a case read loads it: see PersonRepository.forCaseRead. */
export interface PersonForRead {
  row: PersonRow;
  /** The person's role in the case read, if a member. */
  memberRole: 'DEFECTOR' | 'RELATIVE' | null;
  memberPosition: number | null;
  key: StoredDataKey | undefined;
  /** The regions of the cases the person is in; only for the persons named besides the household. */
  caseRegions: PoliceRegion[] | null;
}

const PERSON_COLUMNS =
  'id, data_key_id, kind, given_name_sealed, family_name_sealed, identity_number_sealed, identity_number_index, birth_year_sealed, surveillance_hold, registered_region, identity_number_index_version';

/** The regions of the cases whose household a person is in, as an array (empty outside every case). */
export const CASE_REGIONS_OF_PERSON = (personColumn: string) =>
  `coalesce((SELECT array_agg(DISTINCT c.region) FROM case_member cm JOIN registry_case c ON c.id = cm.case_id WHERE cm.person_id = ${personColumn}), '{}')`;
const AFFILIATION_COLUMNS = `id, person_id, network_id, role, confidence, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, ${PROOF('affiliation')}`;
/** The person columns read back, with the row's proof (RowIntegrity). */
const PERSON_READ = `${PERSON_COLUMNS}, ${PROOF('person')}`;

/** SQL for persons and what hangs on them: affiliations, personal conflicts, known locations, holds. */
@Injectable()
export class PersonRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insert(m: EntityManager, row: PersonRow): Promise<void> {
    await m.query(`INSERT INTO person (${PERSON_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
      row.id,
      row.data_key_id,
      row.kind,
      row.given_name_sealed,
      row.family_name_sealed,
      row.identity_number_sealed,
      row.identity_number_index,
      row.birth_year_sealed,
      row.surveillance_hold,
      row.registered_region,
      row.identity_number_index_version,
    ]);
  }

  async find(m: EntityManager, id: string): Promise<PersonRow | undefined> {
    return this.integrity.verifyRows((await m.query(`SELECT ${PERSON_READ} FROM person WHERE id = $1`, [id])) as PersonRow[])[0];
  }

  async findMany(m: EntityManager, ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    return this.integrity.verifyRows((await m.query(`SELECT ${PERSON_READ} FROM person WHERE id = ANY($1::uuid[])`, [ids])) as PersonRow[]);
  }

  /**
   * In one statement, a case's household (with each member's role and position) and the other persons
   * named (`otherIds`: the defector, threat actors), each with its data key's row and, for the named ones,
   * the regions of the cases it is in: what a read of the case opens and whom it may show.
   */
  async forCaseRead(m: EntityManager, caseId: string, otherIds: readonly string[]): Promise<PersonForRead[]> {
    // The ids first (a UNION, not an OR in WHERE, which scans every person): one index look-up per person.
    const rows = (await m.query(
      `SELECT ${PERSON_COLUMNS.split(', ')
        .map((c) => `p.${c}`)
        .join(', ')},
              cm.role AS member_role, cm.position AS member_position,
              ${KEY_COLUMNS},
              CASE WHEN p.id = ANY($2::uuid[]) THEN ${CASE_REGIONS_OF_PERSON('p.id')} END AS case_regions,
              ${PROOF('person', 'p')}, ${PROOF('case_member', 'cm', 'member_proof')},
              CASE WHEN p.id = ANY($2::uuid[]) THEN ${CASE_REGION_PROOFS('p.id')} END AS case_region_proofs
         FROM (SELECT person_id AS id FROM case_member WHERE case_id = $1 UNION SELECT unnest($2::uuid[])) named
         JOIN person p ON p.id = named.id
         LEFT JOIN case_member cm ON cm.case_id = $1 AND cm.person_id = p.id
         LEFT JOIN data_key k ON k.id = p.data_key_id`,
      [caseId, otherIds],
    )) as (PersonRow & Record<string, unknown>)[];
    // Every value used below is proven (RowIntegrity): the person, its membership, the cases behind its regions.
    for (const found of rows) {
      this.integrity.verify(found.row_proof);
      if (found.member_role !== null) this.integrity.verify(found.member_proof);
      if (found.case_regions !== null) this.integrity.verifyAll(found.case_region_proofs);
    }
    return rows.map((found) => ({
      row: Object.fromEntries(PERSON_COLUMNS.split(', ').map((c) => [c, found[c]])) as unknown as PersonRow,
      memberRole: (found.member_role as 'DEFECTOR' | 'RELATIVE' | null) ?? null,
      memberPosition: (found.member_position as number | null) ?? null,
      key: storedKeyOf(found.data_key_id, found),
      caseRegions: (found.case_regions as PoliceRegion[] | null) ?? null,
    }));
  }

  /** Every record of one identity number: at most one per region and one of national coordination's. */
  async findByIdentityIndex(m: EntityManager, index: Buffer): Promise<PersonRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PERSON_READ} FROM person WHERE identity_number_index = $1 ORDER BY created_at, id`, [index])) as PersonRow[],
    );
  }

  /** The police regions of the cases whose household this person belongs to. */
  async caseRegions(m: EntityManager, personId: string): Promise<PoliceRegion[]> {
    const rows = (await m.query(`SELECT ${CASE_REGIONS_OF_PERSON('$1::uuid')} AS regions, ${CASE_REGION_PROOFS('$1::uuid')} AS proofs`, [
      personId,
    ])) as { regions: PoliceRegion[]; proofs: unknown }[];
    this.integrity.verifyAll(rows[0]?.proofs);
    return rows[0]?.regions ?? [];
  }

  /** Identity numbers registered more than once (by regions that could not see each other's record): national coordination reconciles them. */
  async duplicateGroups(m: EntityManager): Promise<string[][]> {
    const rows = (await m.query(
      `SELECT array_agg(id ORDER BY created_at, id) AS ids FROM person WHERE identity_number_index IS NOT NULL
        GROUP BY identity_number_index HAVING count(*) > 1 ORDER BY min(created_at)`,
    )) as { ids: string[] }[];
    return rows.map((r) => r.ids);
  }

  async setHold(m: EntityManager, personId: string, active: boolean): Promise<void> {
    await m.query('UPDATE person SET surveillance_hold = $2 WHERE id = $1', [personId, active]);
  }

  async insertAffiliation(m: EntityManager, row: AffiliationRow): Promise<void> {
    await m.query(
      'INSERT INTO affiliation (id, person_id, network_id, role, confidence, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [row.id, row.person_id, row.network_id, row.role, row.confidence, row.valid_from, row.valid_to],
    );
  }

  async affiliationsOf(m: EntityManager, personId: string): Promise<AffiliationRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${AFFILIATION_COLUMNS} FROM affiliation WHERE person_id = $1 ORDER BY valid_from, id`, [
        personId,
      ])) as AffiliationRow[],
    );
  }

  async insertConflict(
    m: EntityManager,
    id: string,
    personId: string,
    otherPersonId: string,
    kind: PersonalConflictKind,
  ): Promise<boolean> {
    // One open conflict per pair and kind (a closed one is history and does not stand in the way): adding
    // one that is open already changes nothing. Adds of the same pair wait for each other.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`conflict:${personId}:${otherPersonId}:${kind}`]);
    const rows = (await m.query(
      `INSERT INTO personal_conflict (id, person_id, other_person_id, kind)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (
         SELECT 1 FROM personal_conflict pc WHERE pc.person_id = $2 AND pc.other_person_id = $3 AND pc.kind = $4
            AND NOT EXISTS (SELECT 1 FROM record_closure rc WHERE rc.record_kind = 'PERSONAL_CONFLICT' AND rc.record_id = pc.id))
       RETURNING id`,
      [id, personId, otherPersonId, kind],
    )) as { id: string }[];
    return rows.length > 0;
  }

  async insertKnownLocation(m: EntityManager, row: KnownLocationRow): Promise<void> {
    await m.query('INSERT INTO known_location (id, person_id, municipality_sealed, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)', [
      row.id,
      row.person_id,
      row.municipality_sealed,
      row.valid_from,
      row.valid_to,
    ]);
  }
}
