/**
 * Small invented worlds for the checker's tests: a six-municipality map and a household whose base facts
 * raise no flag at DEST, so each test adds exactly the fact it is about.
 */
import type { PoliceRegion } from '@registry/geo';
import { checkDestination } from '../check.js';
import type {
  AffiliationFact,
  HouseholdFacts,
  HouseholdMember,
  KnownLocationFact,
  NationalFactsInput,
  OccupancyFact,
  PresenceFact,
} from '../facts.js';
import type { Geography } from '../geography.js';
import { type NationalFacts, buildNationalFacts } from '../national-facts.js';
import type { Period } from '../period.js';
import type { DestinationCheck, Flag } from '../rule.js';
import type { Confidence, FlagCode } from '../vocabulary.js';

export interface GeographySpec {
  codes: readonly string[];
  regions?: Readonly<Record<string, PoliceRegion>>;
  neighbours?: readonly (readonly [string, string])[];
  /** Distances by unordered pair; pairs not listed are `defaultKm` apart. */
  distances?: readonly (readonly [string, string, number])[];
  defaultKm?: number;
}

export function fakeGeography(spec: GeographySpec): Geography {
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const neighbours = new Set((spec.neighbours ?? []).map(([a, b]) => key(a, b)));
  const distances = new Map((spec.distances ?? []).map(([a, b, km]) => [key(a, b), km]));
  return {
    codes: spec.codes,
    regionOf: (code) => spec.regions?.[code] ?? 'SYD',
    areNeighbours: (a, b) => a !== b && neighbours.has(key(a, b)),
    distanceKm: (a, b) => (a === b ? 0 : (distances.get(key(a, b)) ?? spec.defaultKm ?? 500)),
  };
}

/** The household's home municipality, 100 km from DEST. */
export const HOME = '9001';
/** The destination most tests check. */
export const DEST = '9002';
/** Shares a border with DEST, 45 km away: nearby by the border alone. */
export const NEXT = '9003';
/** Exactly the nearby radius (30 km) from DEST, no shared border: nearby by distance alone. */
export const EDGE = '9004';
/** Just beyond the radius from DEST, no shared border: not nearby. */
export const BEYOND = '9005';
/** Far from everything, in another police region. */
export const FAR = '9006';

export const MAP = fakeGeography({
  codes: [HOME, DEST, NEXT, EDGE, BEYOND, FAR],
  regions: { [FAR]: 'NORD' },
  neighbours: [[DEST, NEXT]],
  distances: [
    [HOME, DEST, 100],
    [DEST, NEXT, 45],
    [DEST, EDGE, 30],
    [DEST, BEYOND, 30.001],
    [HOME, NEXT, 120],
    [HOME, EDGE, 110],
    [HOME, BEYOND, 130],
  ],
  defaultKm: 600,
});

export const TODAY = '2026-03-01';
export const PERIOD: Period = { startDate: '2026-03-01', endDate: '2026-08-28' };
export const DAY_BEFORE_START = '2026-02-28';
export const DAY_AFTER_END = '2026-08-29';
export const LONG_AGO = '2020-01-01';

export const OWN_NET = 'net-own';
export const RIVAL_NET = 'net-rival';
export const LOCAL_RIVAL_NET = 'net-local-rival';
export const ALLY_NET = 'net-ally';
/** A rival of RIVAL_NET, with no relation to the household's network. */
export const RIVALS_RIVAL_NET = 'net-rivals-rival';
export const UNRELATED_NET = 'net-unrelated';

export const DEFECTOR = 'person-defector';
export const RELATIVE = 'person-relative';
export const OWN_CASE = 'case-own';

export function member(personId: string, overrides: Partial<HouseholdMember> = {}): HouseholdMember {
  return { personId, kind: 'RELATIVE', surveillanceHold: false, affiliations: [], conflicts: [], ...overrides };
}

/** A defector who left OWN_NET, a relative with no ties, fresh assessments, all criteria met. */
export function makeHousehold(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    caseId: OWN_CASE,
    region: 'SYD',
    homeMunicipalityCode: HOME,
    members: [
      member(DEFECTOR, {
        kind: 'DEFECTOR',
        affiliations: [{ networkId: OWN_NET, role: 'MEMBER', confidence: 'CONFIRMED', validFrom: LONG_AGO, validTo: '2025-12-31' }],
      }),
      member(RELATIVE),
    ],
    eligibility: {
      meetsDefinition: true,
      motivated: true,
      consentToInformationExchange: true,
      signedConditions: true,
      evidencePerson: false,
    },
    threatAssessment: {
      level: 'HIGH',
      reach: 'REGIONAL',
      relocationRequired: true,
      threatActorIds: [],
      threatNetworkIds: [],
      assessedOn: '2026-01-15',
      reviewDue: '2026-07-15',
    },
    placementAssessment: {
      unsuitable: [],
      suitableCodes: [],
      minDistanceFromHomeKm: null,
      assessedOn: '2026-01-15',
      reviewDue: '2026-07-15',
    },
    ...overrides,
  };
}

/** Networks and relations around OWN_NET; no presences, locations or occupancies. */
export function baseNationalInput(): NationalFactsInput {
  return {
    networks: [
      { id: OWN_NET, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
      { id: RIVAL_NET, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
      { id: LOCAL_RIVAL_NET, category: 'LOCAL_NETWORK', reach: 'LOCAL' },
      { id: ALLY_NET, category: 'FAMILY_BASED', reach: 'NATIONAL' },
      { id: RIVALS_RIVAL_NET, category: 'PROJECT_BASED', reach: 'NATIONAL' },
      { id: UNRELATED_NET, category: 'OTHER', reach: 'INTERNATIONAL' },
    ],
    relations: [
      { a: OWN_NET, b: RIVAL_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: null },
      { a: LOCAL_RIVAL_NET, b: OWN_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: null },
      { a: OWN_NET, b: ALLY_NET, kind: 'ALLIED', validFrom: LONG_AGO, validTo: null },
      { a: RIVAL_NET, b: RIVALS_RIVAL_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: null },
    ],
    presences: [],
    knownLocations: [],
    affiliations: [],
    occupancies: [],
    personalConflicts: [],
  };
}

export interface World {
  household?: HouseholdFacts;
  /** Added to (not replacing) the base national facts. */
  national?: Partial<NationalFactsInput>;
  destination?: string;
  period?: Period;
  today?: string;
  nearbyRadiusKm?: number;
}

export function nationalOf(extra: Partial<NationalFactsInput> = {}): NationalFacts {
  const base = baseNationalInput();
  return buildNationalFacts({
    networks: [...base.networks, ...(extra.networks ?? [])],
    relations: [...base.relations, ...(extra.relations ?? [])],
    presences: [...(extra.presences ?? [])],
    knownLocations: [...(extra.knownLocations ?? [])],
    affiliations: [...(extra.affiliations ?? [])],
    occupancies: [...(extra.occupancies ?? [])],
    personalConflicts: [...(extra.personalConflicts ?? [])],
  });
}

export function checkWorld(world: World = {}): DestinationCheck {
  return checkDestination(
    world.household ?? makeHousehold(),
    nationalOf(world.national),
    MAP,
    world.destination ?? DEST,
    world.period ?? PERIOD,
    { today: world.today ?? TODAY, ...(world.nearbyRadiusKm !== undefined ? { nearbyRadiusKm: world.nearbyRadiusKm } : {}) },
  );
}

export function codesOf(result: DestinationCheck): FlagCode[] {
  return result.flags.map((flag) => flag.code);
}

export function flagOf(result: DestinationCheck, code: FlagCode): Flag | undefined {
  return result.flags.find((flag) => flag.code === code);
}

export function presence(
  networkId: string,
  municipalityCode: string,
  validFrom = LONG_AGO,
  validTo: string | null = null,
  confidence: Confidence = 'CONFIRMED',
): PresenceFact {
  return { networkId, municipalityCode, confidence, validFrom, validTo };
}

export function location(
  personId: string,
  municipalityCode: string,
  validFrom = LONG_AGO,
  validTo: string | null = null,
): KnownLocationFact {
  return { personId, municipalityCode, validFrom, validTo };
}

export function affiliation(personId: string, networkId: string, validFrom = LONG_AGO, validTo: string | null = null): AffiliationFact {
  return { personId, networkId, role: 'FORMER_MEMBER', confidence: 'CONFIRMED', validFrom, validTo };
}

/** Another region's household placed in `municipalityCode` over the whole test period unless told. */
export function occupancy(overrides: Partial<OccupancyFact> & { personIds: readonly string[] }): OccupancyFact {
  return {
    caseId: 'case-other',
    region: 'NORD',
    municipalityCode: DEST,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    kind: 'PLACEMENT',
    ...overrides,
  };
}
