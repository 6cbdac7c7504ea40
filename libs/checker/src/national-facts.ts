/**
 * The country's facts, indexed so that checking one household against all 290 municipalities reads only
 * what concerns that household. Share them between requests: they are never changed after they are made.
 * When the facts change, `NationalFactsIndex.apply` (national-index.ts) makes the next version from this
 * one, touching only the entries the change concerns.
 */
import type { PoliceRegion } from '@registry/geo';
import type { MemberConflict, NationalFactsInput, NetworkFact, OccupancyKind } from './facts.js';
import { keyedNationalFacts, NationalFactsIndex } from './national-index.js';
import type { DayInterval } from './period.js';
import type { AffiliationRole, Confidence, NetworkRelationKind } from './vocabulary.js';

export interface IndexedRelation {
  readonly a: string;
  readonly b: string;
  readonly kind: NetworkRelationKind;
  readonly interval: DayInterval;
}

export interface IndexedPresence {
  readonly networkId: string;
  readonly municipalityCode: string;
  readonly confidence: Confidence;
  readonly interval: DayInterval;
}

export interface IndexedLocation {
  readonly personId: string;
  readonly municipalityCode: string;
  readonly interval: DayInterval;
  /** Set in a regional view (areaView): a copy standing for the person somewhere in this privacy area. */
  readonly area?: true;
}

export interface IndexedAffiliation {
  readonly personId: string;
  readonly networkId: string;
  readonly role: AffiliationRole;
  readonly confidence: Confidence;
  readonly interval: DayInterval;
}

export interface IndexedOccupancy {
  readonly id: string | undefined;
  readonly caseId: string;
  readonly region: PoliceRegion;
  readonly personIds: readonly string[];
  readonly municipalityCode: string;
  readonly interval: DayInterval;
  readonly kind: OccupancyKind;
  /** Set in a regional view (areaView): a copy standing for another region's household somewhere in this privacy area. */
  readonly area?: true;
}

/**
 * An occupancy as a check reads it in one municipality: everything but which municipality, which the
 * check knows. A regional view's copy of another region's household is one object for its whole area.
 */
export type StandingOccupancy = Omit<IndexedOccupancy, 'municipalityCode'>;

/**
 * An occupancy as a ranking reads it: what a check reads of it, and every municipality it stands in for this
 * viewer. National coordination's facts hold the occupancy itself (one municipality); a regional view's copy
 * of another region's household stands in its whole privacy area, over whole months, and holds nothing else.
 */
export interface OccupancyStanding {
  readonly occupancy: StandingOccupancy;
  readonly codes: readonly string[];
  /** The exact occupancy, in national coordination's facts only. */
  readonly exact?: IndexedOccupancy;
}

export interface NationalFacts {
  readonly networks: ReadonlyMap<string, NetworkFact>;
  /** Each relation is listed under both of its networks. */
  readonly relationsByNetwork: ReadonlyMap<string, readonly IndexedRelation[]>;
  readonly presencesByNetwork: ReadonlyMap<string, readonly IndexedPresence[]>;
  readonly locationsByPerson: ReadonlyMap<string, readonly IndexedLocation[]>;
  readonly affiliationsByPerson: ReadonlyMap<string, readonly IndexedAffiliation[]>;
  /**
   * Every placement and reservation standing in a municipality, in the facts' order: exact for national
   * coordination; in a regional view, another region's households as copies in every municipality of
   * their areas (see area-view.ts).
   */
  readonly occupanciesByMunicipality: ReadonlyMap<string, readonly StandingOccupancy[]>;
  /** Every placement and reservation once, in the facts' order, with where and when it stands for this viewer. */
  readonly occupancyStandings: readonly OccupancyStanding[];
  /** The case region of every person who is, was or will be in an occupancy: who counts as protected. */
  readonly protectedPersonRegion: ReadonlyMap<string, PoliceRegion>;
  /** Each registered conflict, under both of its persons. */
  readonly conflictsByPerson: ReadonlyMap<string, readonly MemberConflict[]>;
  /**
   * Affiliations of protected persons only, by network: a check asks "who placed anywhere belongs to one of
   * these few rival networks" once, instead of reading every placed person's affiliations.
   */
  readonly protectedAffiliationsByNetwork: ReadonlyMap<string, readonly IndexedAffiliation[]>;
  /** The police regions that may see each person (see NationalFactsInput.personRegions). */
  readonly personRegions: ReadonlyMap<string, readonly PoliceRegion[]>;
  /** In a regional view: the persons whose known locations are reported by privacy area only. */
  readonly areaPersons?: ReadonlySet<string>;
}

/**
 * Validates every date once (InvalidDateError on a malformed one) and builds the indexes. Facts keep the
 * order they are listed in, which is the order of causes in a flag.
 */
export function buildNationalFacts(input: NationalFactsInput): NationalFacts {
  return NationalFactsIndex.build(keyedNationalFacts(input)).facts;
}
