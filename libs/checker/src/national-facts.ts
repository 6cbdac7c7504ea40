/**
 * The country's facts, indexed once so that checking one household against all 290 municipalities reads only
 * what concerns that household. Build it when the facts change and share it between requests: it is
 * immutable after construction.
 */
import type { PoliceRegion } from '@registry/geo';
import type { MemberConflict, NationalFactsInput, NetworkFact, OccupancyKind } from './facts.js';
import { type DayInterval, periodInterval, validityInterval } from './period.js';
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

export interface NationalFacts {
  readonly networks: ReadonlyMap<string, NetworkFact>;
  /** Each relation is listed under both of its networks. */
  readonly relationsByNetwork: ReadonlyMap<string, readonly IndexedRelation[]>;
  readonly presencesByNetwork: ReadonlyMap<string, readonly IndexedPresence[]>;
  readonly locationsByPerson: ReadonlyMap<string, readonly IndexedLocation[]>;
  readonly affiliationsByPerson: ReadonlyMap<string, readonly IndexedAffiliation[]>;
  readonly occupancies: readonly IndexedOccupancy[];
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Validates every date once (InvalidDateError on a malformed one) and builds the indexes. */
export function buildNationalFacts(input: NationalFactsInput): NationalFacts {
  const networks = new Map(input.networks.map((network) => [network.id, network]));

  const relationsByNetwork = new Map<string, IndexedRelation[]>();
  for (const relation of input.relations) {
    const indexed: IndexedRelation = {
      a: relation.a,
      b: relation.b,
      kind: relation.kind,
      interval: validityInterval(relation),
    };
    push(relationsByNetwork, relation.a, indexed);
    if (relation.b !== relation.a) push(relationsByNetwork, relation.b, indexed);
  }

  const presencesByNetwork = new Map<string, IndexedPresence[]>();
  for (const presence of input.presences) {
    push(presencesByNetwork, presence.networkId, {
      networkId: presence.networkId,
      municipalityCode: presence.municipalityCode,
      confidence: presence.confidence,
      interval: validityInterval(presence),
    });
  }

  const locationsByPerson = new Map<string, IndexedLocation[]>();
  for (const location of input.knownLocations) {
    push(locationsByPerson, location.personId, {
      personId: location.personId,
      municipalityCode: location.municipalityCode,
      interval: validityInterval(location),
    });
  }

  const affiliationsByPerson = new Map<string, IndexedAffiliation[]>();
  for (const affiliation of input.affiliations) {
    push(affiliationsByPerson, affiliation.personId, {
      personId: affiliation.personId,
      networkId: affiliation.networkId,
      role: affiliation.role,
      confidence: affiliation.confidence,
      interval: validityInterval(affiliation),
    });
  }

  const protectedPersonRegion = new Map<string, PoliceRegion>();
  const occupancies = input.occupancies.map((occupancy): IndexedOccupancy => {
    for (const personId of occupancy.personIds) {
      if (!protectedPersonRegion.has(personId)) protectedPersonRegion.set(personId, occupancy.region);
    }
    return {
      id: occupancy.id,
      caseId: occupancy.caseId,
      region: occupancy.region,
      personIds: [...occupancy.personIds],
      municipalityCode: occupancy.municipalityCode,
      interval: periodInterval(occupancy),
      kind: occupancy.kind,
    };
  });

  const protectedAffiliationsByNetwork = new Map<string, IndexedAffiliation[]>();
  for (const personId of protectedPersonRegion.keys()) {
    for (const affiliation of affiliationsByPerson.get(personId) ?? [])
      push(protectedAffiliationsByNetwork, affiliation.networkId, affiliation);
  }

  const conflictsByPerson = new Map<string, MemberConflict[]>();
  for (const conflict of input.personalConflicts ?? []) {
    push(conflictsByPerson, conflict.personId, { otherPersonId: conflict.otherPersonId, kind: conflict.kind });
    push(conflictsByPerson, conflict.otherPersonId, { otherPersonId: conflict.personId, kind: conflict.kind });
  }

  const personRegions = new Map((input.personRegions ?? []).map((entry) => [entry.personId, [...entry.regions]]));

  return {
    networks,
    relationsByNetwork,
    presencesByNetwork,
    locationsByPerson,
    affiliationsByPerson,
    occupancies,
    protectedPersonRegion,
    conflictsByPerson,
    protectedAffiliationsByNetwork,
    personRegions,
  };
}
