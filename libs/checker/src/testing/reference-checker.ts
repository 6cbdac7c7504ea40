/**
 * The checker as it was before the facts became incremental and the ranking indexed (git d520a69), kept
 * for the equivalence tests only: national facts indexed from scratch, a regional view that copies every
 * other-region household into each municipality of its area, every occupancy in the country read for each
 * household, and a ranking that checks each of the 290 municipalities in full. It runs the same rules, so
 * a test can ask for the very same DestinationCheck objects, cause for cause and in the same order.
 */
import type { PoliceRegion } from '@registry/geo';
import type { AreaViewOptions } from '../area-view.js';
import { toWholeMonths } from '../area-view.js';
import {
  type CheckContext,
  type CheckOptions,
  type Occupant,
  type RivalNetwork,
  type ThreatPerson,
  threatOfConflict,
} from '../check-context.js';
import type { HouseholdFacts, MemberAffiliation, MemberConflict, NationalFactsInput, NetworkFact } from '../facts.js';
import {
  type Geography,
  DEFAULT_NEARBY_RADIUS_KM,
  UnknownMunicipalityError,
  distancesToNearest,
  isKnownMunicipality,
  nearbyMunicipalities,
} from '../geography.js';
import type {
  IndexedAffiliation,
  IndexedLocation,
  IndexedOccupancy,
  IndexedPresence,
  IndexedRelation,
  NationalFacts,
} from '../national-facts.js';
import { type DayInterval, type Period, affiliationCounts, overlaps, periodInterval, toDayNumber, validityInterval } from '../period.js';
import type { DestinationCheck, Flag } from '../rule.js';
import { RULES } from '../rules/index.js';
import type { Confidence } from '../vocabulary.js';
import { CONFIDENCES } from '../vocabulary.js';

export interface ReferenceFacts {
  readonly networks: ReadonlyMap<string, NetworkFact>;
  readonly relationsByNetwork: ReadonlyMap<string, readonly IndexedRelation[]>;
  readonly presencesByNetwork: ReadonlyMap<string, readonly IndexedPresence[]>;
  readonly locationsByPerson: ReadonlyMap<string, readonly IndexedLocation[]>;
  readonly affiliationsByPerson: ReadonlyMap<string, readonly IndexedAffiliation[]>;
  readonly occupancies: readonly IndexedOccupancy[];
  readonly protectedPersonRegion: ReadonlyMap<string, PoliceRegion>;
  readonly conflictsByPerson: ReadonlyMap<string, readonly MemberConflict[]>;
  readonly protectedAffiliationsByNetwork: ReadonlyMap<string, readonly IndexedAffiliation[]>;
  readonly personRegions: ReadonlyMap<string, readonly PoliceRegion[]>;
  readonly areaPersons?: ReadonlySet<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function referenceNationalFacts(input: NationalFactsInput): ReferenceFacts {
  const networks = new Map(input.networks.map((network) => [network.id, network]));
  const relationsByNetwork = new Map<string, IndexedRelation[]>();
  for (const relation of input.relations) {
    const indexed: IndexedRelation = { a: relation.a, b: relation.b, kind: relation.kind, interval: validityInterval(relation) };
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
    const terms = {
      ...(conflict.scope ? { scope: conflict.scope } : {}),
      ...(conflict.reviewDue ? { reviewDue: conflict.reviewDue } : {}),
    };
    push(conflictsByPerson, conflict.personId, { otherPersonId: conflict.otherPersonId, kind: conflict.kind, ...terms });
    push(conflictsByPerson, conflict.otherPersonId, { otherPersonId: conflict.personId, kind: conflict.kind, ...terms });
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

function areaCopies<T extends { municipalityCode: string; interval: DayInterval }>(
  fact: T,
  options: AreaViewOptions,
): (T & { area: true })[] {
  const interval = toWholeMonths(fact.interval);
  return options.areaOf(fact.municipalityCode).map((code) => ({ ...fact, municipalityCode: code, interval, area: true as const }));
}

export function referenceAreaView(national: ReferenceFacts, options: AreaViewOptions): ReferenceFacts {
  const occupancies: IndexedOccupancy[] = [];
  for (const occupancy of national.occupancies) {
    if (occupancy.region === options.region) occupancies.push(occupancy);
    else for (const copy of areaCopies(occupancy, options)) occupancies.push({ ...copy, id: undefined });
  }
  const areaPersons = new Set<string>();
  const locationsByPerson = new Map<string, readonly IndexedLocation[]>();
  for (const [personId, locations] of national.locationsByPerson) {
    if (national.personRegions.get(personId)?.includes(options.region)) {
      locationsByPerson.set(personId, locations);
      continue;
    }
    areaPersons.add(personId);
    locationsByPerson.set(
      personId,
      locations.flatMap((location) => areaCopies(location, options)),
    );
  }
  return { ...national, occupancies, locationsByPerson, areaPersons };
}

function stronger(a: Confidence | undefined, b: Confidence): Confidence {
  return a !== undefined && CONFIDENCES.indexOf(a) <= CONFIDENCES.indexOf(b) ? a : b;
}

function presencesOf(networkIds: Iterable<string>, national: ReferenceFacts, interval: DayInterval): Map<string, Map<string, Confidence>> {
  const byMunicipality = new Map<string, Map<string, Confidence>>();
  for (const networkId of networkIds) {
    for (const presence of national.presencesByNetwork.get(networkId) ?? []) {
      if (!overlaps(presence.interval, interval)) continue;
      let here = byMunicipality.get(presence.municipalityCode);
      if (!here) {
        here = new Map();
        byMunicipality.set(presence.municipalityCode, here);
      }
      here.set(networkId, stronger(here.get(networkId), presence.confidence));
    }
  }
  return byMunicipality;
}

function unused(): never {
  throw new Error('the reference checker reads occupants only');
}

/** The old prepareHousehold, returning the new context's shape with an eager occupant map behind it. */
export function referencePrepare(
  household: HouseholdFacts,
  national: ReferenceFacts,
  geography: Geography,
  period: Period,
  options: CheckOptions,
): CheckContext {
  const interval = periodInterval(period);
  const today = toDayNumber(options.today);
  const nearbyRadiusKm = options.nearbyRadiusKm ?? DEFAULT_NEARBY_RADIUS_KM;
  const memberIds = new Set(household.members.map((member) => member.personId));
  const threat = household.threatAssessment;
  const affiliationIntervalsOf = (personId: string, own: readonly MemberAffiliation[]) => [
    ...own.map((affiliation) => ({ networkId: affiliation.networkId, interval: validityInterval(affiliation) })),
    ...(national.affiliationsByPerson.get(personId) ?? []),
  ];
  const ownNetworkIds = new Set<string>();
  for (const member of household.members) {
    for (const affiliation of affiliationIntervalsOf(member.personId, member.affiliations)) {
      if (affiliationCounts(affiliation.interval, interval)) ownNetworkIds.add(affiliation.networkId);
    }
  }
  const rivalIds = new Map<string, boolean>();
  for (const networkId of ownNetworkIds) {
    for (const relation of national.relationsByNetwork.get(networkId) ?? []) {
      if (relation.kind !== 'RIVAL' || !overlaps(relation.interval, interval)) continue;
      const other = relation.a === networkId ? relation.b : relation.a;
      if (!rivalIds.has(other)) rivalIds.set(other, false);
    }
  }
  for (const networkId of threat?.threatNetworkIds ?? []) rivalIds.set(networkId, true);
  const rivalNetworks = new Map<string, RivalNetwork>();
  for (const [networkId, namedThreat] of rivalIds) {
    const reach = national.networks.get(networkId)?.reach;
    rivalNetworks.set(networkId, { networkId, namedThreat, reachesBeyondLocal: reach !== 'LOCAL' });
  }
  const threatPersons = new Map<string, ThreatPerson>();
  for (const personId of threat?.threatActorIds ?? []) {
    if (!memberIds.has(personId)) threatPersons.set(personId, { personId, namedThreat: true });
  }
  for (const member of household.members) {
    for (const conflict of [...member.conflicts, ...(national.conflictsByPerson.get(member.personId) ?? [])]) {
      if (memberIds.has(conflict.otherPersonId)) continue;
      threatPersons.set(conflict.otherPersonId, threatOfConflict(threatPersons.get(conflict.otherPersonId), member.personId, conflict));
    }
  }
  const threatLocations = new Map<string, ThreatPerson[]>();
  for (const person of threatPersons.values()) {
    for (const location of national.locationsByPerson.get(person.personId) ?? []) {
      if (!overlaps(location.interval, interval)) continue;
      const here = threatLocations.get(location.municipalityCode);
      if (!here) threatLocations.set(location.municipalityCode, [person]);
      else if (!here.includes(person)) here.push(person);
    }
  }
  const rivalOf = new Map<string, string>();
  for (const networkId of rivalNetworks.keys()) {
    for (const affiliation of national.protectedAffiliationsByNetwork.get(networkId) ?? []) {
      if (!rivalOf.has(affiliation.personId) && affiliationCounts(affiliation.interval, interval))
        rivalOf.set(affiliation.personId, networkId);
    }
  }
  const occupantsByMunicipality = new Map<string, Map<string, Occupant>>();
  for (const occupancy of national.occupancies) {
    if (occupancy.caseId === household.caseId || !overlaps(occupancy.interval, interval)) continue;
    let here = occupantsByMunicipality.get(occupancy.municipalityCode);
    if (!here) {
      here = new Map();
      occupantsByMunicipality.set(occupancy.municipalityCode, here);
    }
    for (const personId of occupancy.personIds) {
      if (memberIds.has(personId) || here.has(personId)) continue;
      const rivalNetworkId = rivalOf.get(personId);
      const threatPerson = threatPersons.get(personId);
      here.set(personId, {
        occupancy,
        municipalityCode: occupancy.municipalityCode,
        personId,
        ...(rivalNetworkId ? { rivalNetworkId } : {}),
        ...(threatPerson ? { threat: threatPerson } : {}),
      });
    }
  }
  const occupants = new Map<string, Occupant[]>();
  for (const [code, here] of occupantsByMunicipality) occupants.set(code, [...here.values()]);

  return {
    household,
    // The rules read protectedPersonRegion and areaPersons from it, which the old shape has too.
    national: national as unknown as NationalFacts,
    geography,
    period,
    interval,
    today,
    nearbyRadiusKm,
    memberIds,
    ownNetworkIds,
    rivalNetworks,
    threatPersons,
    rivalPresences: presencesOf(rivalNetworks.keys(), national, interval),
    ownPresences: presencesOf(ownNetworkIds, national, interval),
    threatLocations,
    occupantsAt: (code) => occupants.get(code) ?? [],
    rivalOccupantsAt: (code) => (occupants.get(code) ?? []).filter((occupant) => occupant.rivalNetworkId !== undefined),
    occupancySummary: unused,
    nearby: (code) => nearbyMunicipalities(geography, code, nearbyRadiusKm),
    referenceOccupants: occupants,
  } as CheckContext & { referenceOccupants: Map<string, Occupant[]> };
}

export function referenceCheckPrepared(context: CheckContext, destination: string): DestinationCheck {
  if (!isKnownMunicipality(context.geography, destination)) throw new UnknownMunicipalityError();
  const flags: Flag[] = [];
  for (const rule of RULES) {
    const causes = rule.evaluate(context, destination);
    if (causes.length === 0) continue;
    flags.push({ code: rule.code, severity: rule.severityOf?.(causes) ?? rule.severity, message: rule.explain(causes), causes });
  }
  flags.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'BLOCK' ? -1 : 1));
  return { municipalityCode: destination, cleared: !flags.some((flag) => flag.severity === 'BLOCK'), flags };
}

export function referenceCheck(
  household: HouseholdFacts,
  national: ReferenceFacts,
  geography: Geography,
  destination: string,
  period: Period,
  options: CheckOptions,
): DestinationCheck {
  return referenceCheckPrepared(referencePrepare(household, national, geography, period, options), destination);
}

interface Ranked {
  readonly check: DestinationCheck;
  readonly blocks: number;
  readonly warnings: number;
  readonly nearestThreatKm: number;
  readonly homeKm: number;
}

function compare(x: Ranked, y: Ranked): number {
  if (x.check.cleared !== y.check.cleared) return x.check.cleared ? -1 : 1;
  return (
    x.blocks - y.blocks ||
    x.warnings - y.warnings ||
    (x.nearestThreatKm === y.nearestThreatKm ? 0 : y.nearestThreatKm > x.nearestThreatKm ? 1 : -1) ||
    y.homeKm - x.homeKm ||
    (x.check.municipalityCode < y.check.municipalityCode ? -1 : x.check.municipalityCode > y.check.municipalityCode ? 1 : 0)
  );
}

/** The old ranking: 290 full checks, then sorted. */
export function referenceRank(
  household: HouseholdFacts,
  national: ReferenceFacts,
  geography: Geography,
  period: Period,
  options: CheckOptions,
): DestinationCheck[] {
  const context = referencePrepare(household, national, geography, period, options) as CheckContext & {
    referenceOccupants: Map<string, Occupant[]>;
  };
  const places = new Set<string>([...context.rivalPresences.keys(), ...context.threatLocations.keys()]);
  for (const [code, occupants] of context.referenceOccupants) {
    if (occupants.some((occupant) => occupant.rivalNetworkId !== undefined || occupant.threat !== undefined)) places.add(code);
  }
  const nearestThreatKm = distancesToNearest(geography, places);
  const home = household.homeMunicipalityCode;
  const ranked = geography.codes.map((code): Ranked => {
    const check = referenceCheckPrepared(context, code);
    return {
      check,
      blocks: check.flags.filter((flag) => flag.severity === 'BLOCK').length,
      warnings: check.flags.filter((flag) => flag.severity === 'WARN').length,
      nearestThreatKm: nearestThreatKm.get(code) ?? Number.POSITIVE_INFINITY,
      homeKm: code === home ? 0 : geography.distanceKm(code, home),
    };
  });
  return ranked.sort(compare).map(({ check }) => check);
}
