/**
 * An invented country shaped like test/bench/national-dataset.ts (the register the HTTP benchmarks write),
 * as plain checker facts: for the checker's own performance and equivalence tests, and for profiling
 * without a database. Seeded, so every run builds the same country.
 */
import type { PoliceRegion } from '@registry/geo';
import type { AffiliationFact, HouseholdFacts, NationalFactsInput, OccupancyFact, PersonScope } from '../facts.js';
import { addDays } from '../period.js';
import { CONFIDENCES, REACHES, UNSUITABLE_REASONS, type AffiliationRole } from '../vocabulary.js';

export interface SyntheticScale {
  networks: number;
  relations: number;
  presences: number;
  persons: number;
  affiliations: number;
  placements: number;
  reservations: number;
  openCases: number;
  knownLocations: number;
  conflicts: number;
}

/** Ten times today's national scale, as in the benchmarks. */
export const SYNTHETIC_TEN_TIMES: SyntheticScale = {
  networks: 600,
  relations: 3000,
  presences: 5000,
  persons: 20000,
  affiliations: 30000,
  placements: 2000,
  reservations: 200,
  openCases: 300,
  knownLocations: 2000,
  conflicts: 1000,
};

export function scaled(scale: SyntheticScale, factor: number): SyntheticScale {
  const entries = Object.entries(scale).map(([key, value]) => [key, Math.max(1, Math.round(value * factor))]);
  return Object.fromEntries(entries) as unknown as SyntheticScale;
}

export interface SyntheticCountry {
  national: NationalFactsInput;
  households: HouseholdFacts[];
}

const REGIONS: readonly PoliceRegion[] = ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'];

/** mulberry32 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the country around `today` on the given municipality codes. */
export function syntheticCountry(codes: readonly string[], today: string, scale: SyntheticScale, seed = 20261123): SyntheticCountry {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2)] as T;
  const pastDay = (maxDaysAgo: number) => addDays(today, -1 - int(maxDaysAgo));
  const urban = codes.filter((c) => Number(c.slice(2)) >= 80);
  const place = () => (random() < 0.5 && urban.length > 0 ? pick(urban) : pick(codes));

  const networkIds = Array.from({ length: scale.networks }, (_, i) => `network-${i}`);
  const networks = networkIds.map((id) => ({ id, category: 'OTHER' as const, reach: pick(REACHES) }));
  const pairs = new Set<string>();
  const relations: NationalFactsInput['relations'][number][] = [];
  while (relations.length < scale.relations && pairs.size < (scale.networks * (scale.networks - 1)) / 2) {
    const x = skewed(networkIds);
    const y = pick(networkIds);
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    if (pairs.has(`${a}|${b}`)) continue;
    pairs.add(`${a}|${b}`);
    const from = pastDay(3000);
    relations.push({
      a,
      b,
      kind: random() < 0.75 ? 'RIVAL' : 'ALLIED',
      validFrom: from,
      validTo: random() < 0.1 ? addDays(from, 30 + int(300)) : null,
    });
  }
  const presences = Array.from({ length: scale.presences }, () => {
    const from = pastDay(2000);
    return {
      networkId: skewed(networkIds),
      municipalityCode: place(),
      confidence: pick(CONFIDENCES),
      validFrom: from,
      validTo: random() < 0.15 ? addDays(from, 30 + int(400)) : null,
    };
  });

  const personIds = Array.from({ length: scale.persons }, (_, i) => `person-${i}`);
  const caseCount = scale.placements + scale.reservations + scale.openCases;
  let nextPerson = 0;
  const householdsOf: { defector: number; relatives: number[] }[] = [];
  for (let c = 0; c < caseCount && nextPerson < scale.persons; c += 1) {
    const size = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3][int(20)] as number;
    const defector = nextPerson++;
    const relatives = Array.from({ length: Math.min(size, scale.persons - nextPerson) }, () => nextPerson++);
    householdsOf.push({ defector, relatives });
  }
  const threatActors: number[] = [];
  for (let i = nextPerson; i < scale.persons && threatActors.length < 3000 * Math.max(1, scale.persons / 20000); i += 1)
    threatActors.push(i);
  if (threatActors.length === 0) threatActors.push(scale.persons - 1);

  const affiliations: AffiliationFact[] = [];
  const affiliate = (person: number, role: AffiliationRole) => {
    const from = pastDay(4000);
    const ended = role === 'FORMER_MEMBER' || random() < 0.2;
    affiliations.push({
      personId: personIds[person] as string,
      networkId: skewed(networkIds),
      role,
      confidence: pick(CONFIDENCES),
      validFrom: from,
      validTo: ended ? addDays(from, 60 + int(900)) : null,
    });
  };
  for (const household of householdsOf) {
    affiliate(household.defector, random() < 0.7 ? 'FORMER_MEMBER' : 'MEMBER');
    if (random() < 0.4) affiliate(household.defector, 'FORMER_MEMBER');
    for (const relative of household.relatives) if (random() < 0.2) affiliate(relative, 'ASSOCIATE');
  }
  const others = Array.from({ length: Math.max(1, scale.persons - nextPerson) }, (_, i) => Math.min(scale.persons - 1, nextPerson + i));
  while (affiliations.length < scale.affiliations)
    affiliate(pick(others), pick(['LEADER', 'MEMBER', 'MEMBER', 'MEMBER', 'ASSOCIATE', 'FORMER_MEMBER'] as const));

  const knownLocations = Array.from({ length: scale.knownLocations }, () => ({
    personId: personIds[pick(threatActors)] as string,
    municipalityCode: place(),
    validFrom: pastDay(1000),
    validTo: null,
  }));
  const conflictKeys = new Set<string>();
  const personalConflicts: NonNullable<NationalFactsInput['personalConflicts']>[number][] = [];
  while (personalConflicts.length < scale.conflicts) {
    const household = pick(householdsOf);
    const person = personIds[household.defector] as string;
    const other = personIds[pick(threatActors)] as string;
    const kind = pick(['THREAT', 'VICTIM', 'WITNESS', 'ENMITY'] as const);
    if (conflictKeys.has(`${person}|${other}|${kind}`)) continue;
    conflictKeys.add(`${person}|${other}|${kind}`);
    personalConflicts.push({ personId: person, otherPersonId: other, kind });
  }

  const affiliationsOf = new Map<string, AffiliationFact[]>();
  for (const a of affiliations) affiliationsOf.set(a.personId, [...(affiliationsOf.get(a.personId) ?? []), a]);
  const conflictsOf = new Map<string, { otherPersonId: string; kind: (typeof personalConflicts)[number]['kind'] }[]>();
  for (const c of personalConflicts) {
    conflictsOf.set(c.personId, [...(conflictsOf.get(c.personId) ?? []), { otherPersonId: c.otherPersonId, kind: c.kind }]);
    conflictsOf.set(c.otherPersonId, [...(conflictsOf.get(c.otherPersonId) ?? []), { otherPersonId: c.personId, kind: c.kind }]);
  }

  const households: HouseholdFacts[] = [];
  const occupancies: OccupancyFact[] = [];
  const caseRegion = new Map<string, PoliceRegion>();
  householdsOf.forEach((household, c) => {
    const caseId = `case-${c}`;
    const region = pick(REGIONS);
    const home = pick(codes);
    const memberIds = [household.defector, ...household.relatives].map((i) => personIds[i] as string);
    for (const id of memberIds) caseRegion.set(id, region);
    const assessedOn = pastDay(120);
    const unsuitable = [
      { municipalityCode: home, reason: 'HOME_AREA' as const },
      ...Array.from({ length: int(4) }, () => ({ municipalityCode: pick(codes), reason: pick(UNSUITABLE_REASONS) })),
    ];
    const unsuitableCodes = new Set(unsuitable.map((u) => u.municipalityCode));
    const suitable =
      random() < 0.3
        ? [...new Set(Array.from({ length: 3 + int(3) }, () => pick(codes)))].filter((code) => !unsuitableCodes.has(code))
        : [];
    households.push({
      caseId,
      region,
      homeMunicipalityCode: home,
      members: memberIds.map((personId, i) => ({
        personId,
        kind: i === 0 ? 'DEFECTOR' : 'RELATIVE',
        surveillanceHold: false,
        // The register keeps affiliations and conflicts nationally; the loader repeats a member's own here.
        affiliations: (affiliationsOf.get(personId) ?? []).map(({ networkId, role, confidence, validFrom, validTo }) => ({
          networkId,
          role,
          confidence,
          validFrom,
          validTo,
        })),
        conflicts: conflictsOf.get(personId) ?? [],
      })),
      eligibility: {
        meetsDefinition: true,
        motivated: true,
        consentToInformationExchange: true,
        signedConditions: true,
        evidencePerson: false,
      },
      threatAssessment: {
        level: pick(['LOW', 'HIGH', 'HIGH'] as const),
        reach: pick(REACHES),
        relocationRequired: true,
        threatActorIds: Array.from({ length: int(3) }, () => personIds[pick(threatActors)] as string),
        threatNetworkIds: Array.from({ length: int(3) }, () => skewed(networkIds)),
        assessedOn,
        reviewDue: addDays(assessedOn, 180),
      },
      placementAssessment: {
        unsuitable,
        suitableCodes: suitable,
        minDistanceFromHomeKm: random() < 0.5 ? 50 + int(150) : null,
        assessedOn,
        reviewDue: addDays(assessedOn, 200),
      },
    });
    const placed = c < scale.placements;
    const reserving = !placed && c < scale.placements + scale.reservations;
    if (!placed && !reserving) return;
    const start = placed ? pastDay(300) : addDays(today, 7 + int(60));
    occupancies.push({
      id: `${placed ? 'placement' : 'proposal'}-${c}`,
      caseId,
      region,
      personIds: memberIds,
      municipalityCode: place(),
      startDate: start,
      endDate: addDays(start, 365 + int(365)),
      kind: placed ? 'PLACEMENT' : 'RESERVATION',
    });
  });

  // Who may see each located person: their case's region, else a registering region picked at random.
  const located = [...new Set(knownLocations.map((l) => l.personId))];
  const personRegions: PersonScope[] = located.map((personId) => ({ personId, regions: [caseRegion.get(personId) ?? pick(REGIONS)] }));

  return {
    national: { networks, relations, presences, knownLocations, affiliations, occupancies, personalConflicts, personRegions },
    households,
  };
}
