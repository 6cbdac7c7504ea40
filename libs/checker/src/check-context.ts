/**
 * Everything the rules need about one household in one period, worked out once. The expensive questions
 * (which networks are rivals, where they are, who is placed where) do not depend on the destination, so
 * ranking 290 destinations asks them once and each rule then reads a few map entries. Who stands where is
 * worked out per municipality when a rule first asks (a check reads its destination and the places near
 * it), or for the whole country in brief when a ranking asks (occupancySummary).
 */
import type { Confidence, KeepApartScope, PersonalConflictKind } from './vocabulary.js';
import { CONFIDENCES, DEFAULT_KEEP_APART_SCOPE } from './vocabulary.js';
import { widerScope } from './keep-apart.js';
import type { HouseholdFacts, MemberAffiliation, MemberConflict } from './facts.js';
import { type Geography, DEFAULT_NEARBY_RADIUS_KM, nearbyMunicipalities } from './geography.js';
import type { NationalFacts, StandingOccupancy } from './national-facts.js';
import { OccupancySummary } from './occupancy-summary.js';
import {
  type DayInterval,
  type DayNumber,
  type Period,
  affiliationCounts,
  overlaps,
  periodInterval,
  toDayNumber,
  validityInterval,
} from './period.js';

export interface CheckOptions {
  /** The day staleness is judged against; the checker never reads a clock. */
  today: string;
  /** NEARBY_RADIUS_KM; a centroid exactly at the radius is nearby. */
  nearbyRadiusKm?: number;
}

/** A network the household must not meet: a rival of a member's network, or named in the threat assessment. */
export interface RivalNetwork {
  readonly networkId: string;
  readonly namedThreat: boolean;
  /** Reach REGIONAL or wider; a network the facts do not describe is assumed to reach far. */
  readonly reachesBeyondLocal: boolean;
}

/** A person the household must not meet: a named threat actor or someone in personal conflict with a member. */
export interface ThreatPerson {
  readonly personId: string;
  readonly namedThreat: boolean;
  readonly memberId?: string;
  readonly conflictKind?: PersonalConflictKind;
  /** The widest keep-apart scope of the person's conflicts with the household; absent: SAME_MUNICIPALITY. */
  readonly scope?: KeepApartScope;
}

/** One person of another household that occupies a municipality during the period. */
export interface Occupant {
  readonly occupancy: StandingOccupancy;
  /** Where the occupancy stands for this check: its municipality, or (an area copy) one of its area's. */
  readonly municipalityCode: string;
  readonly personId: string;
  /** A rival network this person is or was affiliated with, if any. */
  readonly rivalNetworkId?: string;
  /** Set when this person is a named threat actor or in personal conflict with a member. */
  readonly threat?: ThreatPerson;
}

export interface CheckContext {
  readonly household: HouseholdFacts;
  readonly national: NationalFacts;
  readonly geography: Geography;
  readonly period: Period;
  readonly interval: DayInterval;
  readonly today: DayNumber;
  readonly nearbyRadiusKm: number;
  readonly memberIds: ReadonlySet<string>;
  readonly ownNetworkIds: ReadonlySet<string>;
  readonly rivalNetworks: ReadonlyMap<string, RivalNetwork>;
  readonly threatPersons: ReadonlyMap<string, ThreatPerson>;
  /** municipality → rival network → strongest confidence among its presences in the period. */
  readonly rivalPresences: ReadonlyMap<string, ReadonlyMap<string, Confidence>>;
  /** municipality → own network → strongest confidence among its presences in the period. */
  readonly ownPresences: ReadonlyMap<string, ReadonlyMap<string, Confidence>>;
  /** municipality → threat persons known to stay there in the period. */
  readonly threatLocations: ReadonlyMap<string, readonly ThreatPerson[]>;
  /**
   * Other households' persons placed or reserved in `code` in the period, one entry per person, in the
   * facts' order. Worked out for a municipality when first asked: one check reads its destination and the
   * places near it, not the country.
   */
  occupantsAt(code: string): readonly Occupant[];
  /** The same, only those tied to a rival network (what a nearby rule reads of the places around). */
  rivalOccupantsAt(code: string): readonly Occupant[];
  /** Every municipality's occupants in brief, worked out from every occupancy once, when first asked. */
  occupancySummary(): OccupancySummary;
  /** Municipalities near `code`, nearest first. */
  nearby(code: string): readonly string[];
}

function stronger(a: Confidence | undefined, b: Confidence): Confidence {
  return a !== undefined && CONFIDENCES.indexOf(a) <= CONFIDENCES.indexOf(b) ? a : b;
}

/** A member's affiliations: the household's own list plus any national record of the same person. */
function affiliationIntervalsOf(
  personId: string,
  own: readonly MemberAffiliation[],
  national: NationalFacts,
): { networkId: string; interval: DayInterval }[] {
  return [
    ...own.map((affiliation) => ({ networkId: affiliation.networkId, interval: validityInterval(affiliation) })),
    ...(national.affiliationsByPerson.get(personId) ?? []),
  ];
}

function conflictsOf(personId: string, own: readonly MemberConflict[], national: NationalFacts): MemberConflict[] {
  return [...own, ...(national.conflictsByPerson.get(personId) ?? [])];
}

/**
 * A person in conflict with a member: the first conflict names the member and kind (as it always has), and
 * the widest scope of all the person's conflicts with the household is kept.
 */
export function threatOfConflict(known: ThreatPerson | undefined, memberId: string, conflict: MemberConflict): ThreatPerson {
  const scope = widerScope(known?.scope, conflict.scope);
  const scoped = scope === DEFAULT_KEEP_APART_SCOPE ? {} : { scope };
  if (known?.memberId !== undefined) return known.scope === scoped.scope ? known : { ...known, ...scoped };
  return {
    personId: conflict.otherPersonId,
    namedThreat: known?.namedThreat ?? false,
    memberId,
    conflictKind: conflict.kind,
    ...scoped,
  };
}

function presencesOf(networkIds: Iterable<string>, national: NationalFacts, interval: DayInterval): Map<string, Map<string, Confidence>> {
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

/**
 * Works out the household's side of every rule for one period. Throws InvalidDateError / InvalidPeriodError
 * on malformed dates.
 */
export function prepareHousehold(
  household: HouseholdFacts,
  national: NationalFacts,
  geography: Geography,
  period: Period,
  options: CheckOptions,
): CheckContext {
  const interval = periodInterval(period);
  const today = toDayNumber(options.today);
  const nearbyRadiusKm = options.nearbyRadiusKm ?? DEFAULT_NEARBY_RADIUS_KM;
  const memberIds = new Set(household.members.map((member) => member.personId));
  const threat = household.threatAssessment;

  const ownNetworkIds = new Set<string>();
  for (const member of household.members) {
    for (const affiliation of affiliationIntervalsOf(member.personId, member.affiliations, national)) {
      if (affiliationCounts(affiliation.interval, interval)) ownNetworkIds.add(affiliation.networkId);
    }
  }

  // Rivalry is read one step from the household's own networks only: a rival's rival is not a rival,
  // and an ALLIED relation never makes a network a threat.
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

  // Household members are never threats to their own household, whatever conflicts are registered.
  const threatPersons = new Map<string, ThreatPerson>();
  for (const personId of threat?.threatActorIds ?? []) {
    if (!memberIds.has(personId)) threatPersons.set(personId, { personId, namedThreat: true });
  }
  for (const member of household.members) {
    for (const conflict of conflictsOf(member.personId, member.conflicts, national)) {
      if (memberIds.has(conflict.otherPersonId)) continue;
      const known = threatPersons.get(conflict.otherPersonId);
      threatPersons.set(conflict.otherPersonId, threatOfConflict(known, member.personId, conflict));
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

  // Protected persons tied to a rival network, found from the (few) rival networks rather than by reading
  // every placed person's affiliations.
  const rivalOf = new Map<string, string>();
  for (const networkId of rivalNetworks.keys()) {
    for (const affiliation of national.protectedAffiliationsByNetwork.get(networkId) ?? []) {
      if (!rivalOf.has(affiliation.personId) && affiliationCounts(affiliation.interval, interval))
        rivalOf.set(affiliation.personId, networkId);
    }
  }

  // Each person once per municipality, at the first of their occupancies there: the same entry whether
  // everyone or only the rivals are asked for.
  const occupant = (occupancy: StandingOccupancy, code: string, personId: string): Occupant => {
    const found: { -readonly [K in keyof Occupant]: Occupant[K] } = { occupancy, municipalityCode: code, personId };
    const rivalNetworkId = rivalOf.get(personId);
    const threatPerson = threatPersons.get(personId);
    if (rivalNetworkId) found.rivalNetworkId = rivalNetworkId;
    if (threatPerson) found.threat = threatPerson;
    return found;
  };
  const occupantsIn = (code: string, only?: ReadonlyMap<string, unknown>): Occupant[] => {
    const found: Occupant[] = [];
    const seen = new Set<string>();
    for (const occupancy of national.occupanciesByMunicipality.get(code) ?? []) {
      if (occupancy.caseId === household.caseId || !overlaps(occupancy.interval, interval)) continue;
      for (const personId of occupancy.personIds) {
        if (memberIds.has(personId) || seen.has(personId) || (only && !only.has(personId))) continue;
        seen.add(personId);
        found.push(occupant(occupancy, code, personId));
      }
    }
    return found;
  };
  const occupants = new Map<string, readonly Occupant[]>();
  const occupantsAt = (code: string): readonly Occupant[] => {
    let here = occupants.get(code);
    if (!here) {
      here = occupantsIn(code);
      occupants.set(code, here);
    }
    return here;
  };
  let summary: OccupancySummary | undefined;
  const occupancySummary = (): OccupancySummary => {
    summary ??= new OccupancySummary(national.occupancyStandings, household.caseId, interval, memberIds, rivalOf, threatPersons);
    return summary;
  };

  const rivalOccupants = new Map<string, readonly Occupant[]>();
  const rivalOccupantsAt = (code: string): readonly Occupant[] => {
    let here = rivalOccupants.get(code);
    if (!here) {
      const all = occupants.get(code);
      const rivals = summary?.rivalsAt(code);
      if (all) here = all.filter((found) => found.rivalNetworkId !== undefined);
      // A ranking has the summary already, which found each rival's first occupancy in every place.
      else if (summary) here = rivals ? [...rivals].map(([personId, occupancy]) => occupant(occupancy, code, personId)) : [];
      else here = rivalOf.size === 0 ? [] : occupantsIn(code, rivalOf);
      rivalOccupants.set(code, here);
    }
    return here;
  };

  return {
    household,
    national,
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
    occupantsAt,
    rivalOccupantsAt,
    occupancySummary,
    nearby: (code) => nearbyMunicipalities(geography, code, nearbyRadiusKm),
  };
}
