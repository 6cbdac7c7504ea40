import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AffiliationFact,
  AffiliationRole,
  Confidence,
  NetworkFact,
  NetworkRelationKind,
  PersonalConflictFact,
  PersonalConflictKind,
  PersonKind,
  PersonScope,
  RelationFact,
} from '@registry/checker';
import { personRegions } from '../access/need-to-know.js';
import { CASE_REGIONS_OF_PERSON } from '../persons/person.repository.js';
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

/** The reads behind the checker's snapshot of the country: bulk, one query per kind of fact. */
@Injectable()
export class FactsRepository {
  /** Which regions may see each person with a known location: areaView hides the others' locations. */
  async locatedPersonScopes(m: EntityManager): Promise<PersonScope[]> {
    const rows = (await m.query(
      `SELECT p.id AS "personId", ${CASE_REGIONS_OF_PERSON('p.id')} AS "caseRegions", p.registered_region AS "registeredRegion"
         FROM person p WHERE p.id IN (SELECT person_id FROM known_location)`,
    )) as { personId: string; caseRegions: PoliceRegion[]; registeredRegion: PoliceRegion | null }[];
    return rows.map((r) => ({ personId: r.personId, regions: personRegions(r.caseRegions, r.registeredRegion) }));
  }

  async networks(m: EntityManager): Promise<NetworkFact[]> {
    return (await m.query('SELECT id, category, reach FROM network')) as NetworkFact[];
  }

  async relations(m: EntityManager): Promise<RelationFact[]> {
    const rows = (await m.query(
      `SELECT network_a_id AS a, network_b_id AS b, kind, ${DAY('valid_from', '"validFrom"')}, ${DAY('valid_to', '"validTo"')} FROM network_relation`,
    )) as {
      a: string;
      b: string;
      kind: NetworkRelationKind;
      validFrom: string;
      validTo: string | null;
    }[];
    return rows;
  }

  async presences(m: EntityManager): Promise<SealedPlaceRow[]> {
    return (await m.query(
      `SELECT id, network_id AS owner_id, municipality_sealed, confidence, ${DAY('valid_from')}, ${DAY('valid_to')} FROM network_presence`,
    )) as SealedPlaceRow[];
  }

  async knownLocations(m: EntityManager): Promise<SealedPlaceRow[]> {
    return (await m.query(
      `SELECT id, person_id AS owner_id, municipality_sealed, ${DAY('valid_from')}, ${DAY('valid_to')} FROM known_location`,
    )) as SealedPlaceRow[];
  }

  async affiliations(m: EntityManager, personIds?: readonly string[]): Promise<AffiliationFact[]> {
    const where = personIds ? 'WHERE person_id = ANY($1::uuid[])' : '';
    return (await m.query(
      `SELECT person_id AS "personId", network_id AS "networkId", role, confidence, ${DAY('valid_from', '"validFrom"')}, ${DAY('valid_to', '"validTo"')} FROM affiliation ${where}`,
      personIds ? [personIds] : [],
    )) as {
      personId: string;
      networkId: string;
      role: AffiliationRole;
      confidence: Confidence;
      validFrom: string;
      validTo: string | null;
    }[];
  }

  async conflicts(m: EntityManager, personIds?: readonly string[]): Promise<PersonalConflictFact[]> {
    const where = personIds ? 'WHERE person_id = ANY($1::uuid[]) OR other_person_id = ANY($1::uuid[])' : '';
    return (await m.query(
      `SELECT person_id AS "personId", other_person_id AS "otherPersonId", kind FROM personal_conflict ${where}`,
      personIds ? [personIds] : [],
    )) as {
      personId: string;
      otherPersonId: string;
      kind: PersonalConflictKind;
    }[];
  }

  /**
   * Every placement (ended ones too: the checker compares periods) and every reserving proposal: CLEARED or
   * OVERRIDDEN, not yet withdrawn or placed, and not past its start date (then it has expired).
   */
  async occupancies(m: EntityManager, today: string): Promise<OccupancyRow[]> {
    return (await m.query(
      `WITH household AS (SELECT case_id, array_agg(person_id) AS person_ids FROM case_member GROUP BY case_id)
       SELECT p.id, 'PLACEMENT' AS kind, p.case_id, c.region, c.data_key_id, p.municipality_sealed,
              ${DAY('p.start_date', 'start_date')}, to_char(LEAST(p.end_date, COALESCE(p.ended_on, p.end_date)), 'YYYY-MM-DD') AS end_date, h.person_ids
         FROM placement p JOIN registry_case c ON c.id = p.case_id JOIN household h ON h.case_id = p.case_id
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
       UNION ALL
       SELECT r.id, 'RESERVATION', r.case_id, c.region, c.data_key_id, r.municipality_sealed,
              ${DAY('r.start_date', 'start_date')}, ${DAY('r.end_date', 'end_date')}, h.person_ids
         FROM proposal r JOIN registry_case c ON c.id = r.case_id JOIN household h ON h.case_id = r.case_id
         JOIN data_key k ON k.id = c.data_key_id AND k.shredded_at IS NULL
        WHERE r.status IN ('CLEARED', 'OVERRIDDEN') AND r.start_date >= $1::date`,
      [today],
    )) as OccupancyRow[];
  }

  async members(m: EntityManager, caseId: string): Promise<MemberRow[]> {
    return (await m.query(
      'SELECT cm.person_id, p.kind, p.surveillance_hold FROM case_member cm JOIN person p ON p.id = cm.person_id WHERE cm.case_id = $1 ORDER BY cm.position',
      [caseId],
    )) as MemberRow[];
  }
}
