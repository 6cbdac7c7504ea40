/**
 * The checker against a deliberately naive reading of the contract: plain loops over the raw arrays, dates
 * compared as ISO strings, no indexes and no shared code beyond the types. On random small worlds both must
 * raise the same codes for every destination.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PoliceRegion } from '@registry/geo';
import { rankDestinations } from './ranking.js';
import type {
  AffiliationFact,
  HouseholdFacts,
  KnownLocationFact,
  NationalFactsInput,
  OccupancyFact,
  PresenceFact,
  RelationFact,
} from './facts.js';
import { buildNationalFacts } from './national-facts.js';
import type { Period } from './period.js';
import { fakeGeography } from './testing/fake-world.js';
import type { Geography } from './geography.js';
import { CONFIDENCES, PERSONAL_CONFLICT_KINDS, REACHES, UNSUITABLE_REASONS, type FlagCode, type Severity } from './vocabulary.js';

interface RandomWorld {
  codes: string[];
  neighbours: [string, string][];
  distances: [string, string, number][];
  radius: number;
  household: HouseholdFacts;
  national: NationalFactsInput;
  period: Period;
  today: string;
}

// A three-week window of dates, so that touching and day-before edges come up often.
const dateOf = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 20 });
const validityArb = fc
  .tuple(dayArb, fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }))
  .map(([from, length]) => ({ validFrom: dateOf(from), validTo: length === null ? null : dateOf(Math.min(20, from + length)) }));
const periodArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 10 })).map(([from, length]) => ({
  startDate: dateOf(from),
  endDate: dateOf(from + length),
}));

const NETWORKS = ['N0', 'N1', 'N2', 'N3', 'N4'];
const MEMBERS = ['H0', 'H1', 'H2'];
const OTHERS = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5'];
const EVERYONE = [...MEMBERS, ...OTHERS];
const CASES = ['C-own', 'C1', 'C2', 'C3'];
const REGIONS: PoliceRegion[] = ['SYD', 'NORD'];

const worldArb: fc.Arbitrary<RandomWorld> = fc.integer({ min: 5, max: 8 }).chain((size) => {
  const codes = Array.from({ length: size }, (_, i) => `M${i}`);
  const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b] as [string, string]));
  const code = fc.constantFrom(...codes);
  const network = fc.constantFrom(...NETWORKS);
  const other = fc.constantFrom(...OTHERS);
  const anyone = fc.constantFrom(...EVERYONE);
  const affiliationOf = (person: fc.Arbitrary<string>): fc.Arbitrary<AffiliationFact> =>
    fc
      .record({
        personId: person,
        networkId: network,
        role: fc.constantFrom('LEADER', 'MEMBER', 'ASSOCIATE', 'FORMER_MEMBER' as const),
        confidence: fc.constantFrom(...CONFIDENCES),
        validity: validityArb,
      })
      .map(({ validity, ...rest }) => ({ ...rest, ...validity }));

  const memberArb = (personId: string) =>
    fc.record({
      personId: fc.constant(personId),
      kind: fc.constant(personId === 'H0' ? ('DEFECTOR' as const) : ('RELATIVE' as const)),
      surveillanceHold: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      affiliations: fc
        .array(affiliationOf(fc.constant(personId)), { maxLength: 2 })
        .map((list) => list.map(({ personId: _ignored, ...rest }) => rest)),
      conflicts: fc.array(fc.record({ otherPersonId: anyone, kind: fc.constantFrom(...PERSONAL_CONFLICT_KINDS) }), { maxLength: 2 }),
    });

  const householdArb: fc.Arbitrary<HouseholdFacts> = fc.record({
    caseId: fc.constant('C-own'),
    region: fc.constantFrom(...REGIONS),
    homeMunicipalityCode: code,
    members: fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...MEMBERS.slice(0, count).map(memberArb))),
    eligibility: fc.record({
      meetsDefinition: fc.boolean(),
      motivated: fc.boolean(),
      consentToInformationExchange: fc.boolean(),
      signedConditions: fc.boolean(),
      evidencePerson: fc.boolean(),
    }),
    threatAssessment: fc.option(
      fc.record({
        level: fc.constantFrom('NONE', 'LOW', 'HIGH' as const),
        reach: fc.constantFrom(...REACHES),
        relocationRequired: fc.boolean(),
        threatActorIds: fc.subarray(EVERYONE, { maxLength: 2 }),
        threatNetworkIds: fc.subarray(NETWORKS, { maxLength: 2 }),
        assessedOn: fc.constant(dateOf(0)),
        reviewDue: dayArb.map(dateOf),
      }),
      { nil: null },
    ),
    placementAssessment: fc.option(
      fc.record({
        unsuitable: fc.array(fc.record({ municipalityCode: code, reason: fc.constantFrom(...UNSUITABLE_REASONS) }), {
          maxLength: 2,
        }),
        suitableCodes: fc.subarray(codes, { maxLength: 3 }),
        minDistanceFromHomeKm: fc.constantFrom(null, 30, 60, 120),
        assessedOn: fc.constant(dateOf(0)),
        reviewDue: dayArb.map(dateOf),
      }),
      { nil: null },
    ),
  });

  const nationalArb: fc.Arbitrary<NationalFactsInput> = fc.record({
    networks: fc.tuple(...NETWORKS.map((id) => fc.constantFrom(...REACHES).map((reach) => ({ id, category: 'OTHER' as const, reach })))),
    relations: fc.array(
      fc
        .record({ a: network, b: network, kind: fc.constantFrom('RIVAL', 'ALLIED' as const), validity: validityArb })
        .map(({ validity, ...rest }): RelationFact => ({ ...rest, ...validity })),
      { maxLength: 6 },
    ),
    presences: fc.array(
      fc
        .record({ networkId: network, municipalityCode: code, confidence: fc.constantFrom(...CONFIDENCES), validity: validityArb })
        .map(({ validity, ...rest }): PresenceFact => ({ ...rest, ...validity })),
      { maxLength: 12 },
    ),
    knownLocations: fc.array(
      fc
        .record({ personId: anyone, municipalityCode: code, validity: validityArb })
        .map(({ validity, ...rest }): KnownLocationFact => ({ ...rest, ...validity })),
      { maxLength: 6 },
    ),
    affiliations: fc.array(affiliationOf(anyone), { maxLength: 10 }),
    occupancies: fc.array(
      fc
        .record({
          caseId: fc.constantFrom(...CASES),
          region: fc.constantFrom(...REGIONS),
          personIds: fc.uniqueArray(fc.oneof({ weight: 5, arbitrary: other }, { weight: 1, arbitrary: anyone }), {
            minLength: 1,
            maxLength: 3,
          }),
          municipalityCode: code,
          period: periodArb,
          kind: fc.constantFrom('PLACEMENT', 'RESERVATION' as const),
        })
        .map(({ period, ...rest }): OccupancyFact => ({ ...rest, ...period })),
      { maxLength: 5 },
    ),
    personalConflicts: fc.array(fc.record({ personId: anyone, otherPersonId: anyone, kind: fc.constantFrom(...PERSONAL_CONFLICT_KINDS) }), {
      maxLength: 3,
    }),
  });

  return fc.record({
    codes: fc.constant(codes),
    neighbours: fc.subarray(pairs),
    distances: fc.tuple(
      ...pairs.map(([a, b]) => fc.constantFrom(10, 29, 30, 31, 60, 120, 300).map((km) => [a, b, km] as [string, string, number])),
    ),
    radius: fc.constantFrom(30, 60),
    household: householdArb,
    national: nationalArb,
    period: periodArb,
    today: dayArb.map(dateOf),
  });
});

/** The contract read literally, one destination at a time. */
function naiveFlags(world: RandomWorld, geography: Geography, destination: string): Map<FlagCode, Severity> {
  const { household, national, period, today, radius } = world;
  const flags = new Map<FlagCode, Severity>();
  const inPeriod = (from: string, to: string | null): boolean => from <= period.endDate && (to === null || to >= period.startDate);
  const distance = (a: string, b: string): number => (a === b ? 0 : geography.distanceKm(a, b));
  const isNearby = (code: string): boolean =>
    code !== destination && (geography.areNeighbours(destination, code) || distance(destination, code) <= radius);
  const memberIds = household.members.map((member) => member.personId);
  const isMember = (personId: string): boolean => memberIds.includes(personId);

  const ownNetworks: string[] = [];
  for (const member of household.members) {
    const all = [...member.affiliations, ...national.affiliations.filter((a) => a.personId === member.personId)];
    for (const affiliation of all) {
      if (affiliation.validFrom <= period.endDate) ownNetworks.push(affiliation.networkId);
    }
  }
  const isRival = (networkId: string): boolean => {
    if (household.threatAssessment?.threatNetworkIds.includes(networkId)) return true;
    for (const own of ownNetworks) {
      for (const relation of national.relations) {
        if (relation.kind !== 'RIVAL' || !inPeriod(relation.validFrom, relation.validTo)) continue;
        if ((relation.a === own && relation.b === networkId) || (relation.b === own && relation.a === networkId)) return true;
      }
    }
    return false;
  };
  const reachesFar = (networkId: string): boolean => national.networks.find((network) => network.id === networkId)?.reach !== 'LOCAL';

  const threatPeople: string[] = [...(household.threatAssessment?.threatActorIds ?? [])];
  for (const member of household.members) {
    for (const conflict of member.conflicts) threatPeople.push(conflict.otherPersonId);
    for (const conflict of national.personalConflicts ?? []) {
      if (conflict.personId === member.personId) threatPeople.push(conflict.otherPersonId);
      if (conflict.otherPersonId === member.personId) threatPeople.push(conflict.personId);
    }
  }
  const isThreatPerson = (personId: string): boolean => threatPeople.includes(personId) && !isMember(personId);

  const othersOccupying = national.occupancies.filter((o) => o.caseId !== household.caseId && inPeriod(o.startDate, o.endDate));
  const isRivalPerson = (personId: string): boolean =>
    national.affiliations.some((a) => a.personId === personId && a.validFrom <= period.endDate && isRival(a.networkId));
  const presentAt = (networkId: string, code: string): boolean =>
    national.presences.some((p) => p.networkId === networkId && p.municipalityCode === code && inPeriod(p.validFrom, p.validTo));

  const ta = household.threatAssessment;
  const pa = household.placementAssessment;
  if (household.members.some((member) => member.surveillanceHold)) flags.set('SURVEILLANCE_HOLD', 'BLOCK');
  if (pa && pa.unsuitable.some((u) => u.municipalityCode === destination)) flags.set('ASSESSMENT_UNSUITABLE', 'BLOCK');
  if (pa && pa.suitableCodes.length > 0 && !pa.suitableCodes.includes(destination)) flags.set('OUTSIDE_SUITABLE_LIST', 'WARN');
  if (destination === household.homeMunicipalityCode) flags.set('HOME_MUNICIPALITY', ta?.relocationRequired ? 'BLOCK' : 'WARN');
  if (pa && pa.minDistanceFromHomeKm !== null && distance(household.homeMunicipalityCode, destination) < pa.minDistanceFromHomeKm) {
    flags.set('TOO_CLOSE_TO_HOME', 'BLOCK');
  }
  for (const p of national.presences) {
    if (!inPeriod(p.validFrom, p.validTo) || !isRival(p.networkId)) continue;
    if (p.municipalityCode === destination) flags.set('RIVAL_NETWORK_PRESENCE', 'BLOCK');
    if (isNearby(p.municipalityCode) && reachesFar(p.networkId) && !presentAt(p.networkId, destination)) {
      flags.set('RIVAL_NETWORK_NEARBY', 'WARN');
    }
  }
  for (const l of national.knownLocations) {
    if (l.municipalityCode === destination && inPeriod(l.validFrom, l.validTo) && isThreatPerson(l.personId)) {
      flags.set('THREAT_ACTOR_PRESENCE', 'BLOCK');
    }
  }
  for (const p of national.presences) {
    if (p.municipalityCode === destination && inPeriod(p.validFrom, p.validTo) && ownNetworks.includes(p.networkId)) {
      flags.set('OWN_NETWORK_PRESENCE', 'WARN');
    }
  }
  for (const o of othersOccupying) {
    for (const personId of o.personIds) {
      if (isMember(personId)) continue;
      const here = o.municipalityCode === destination;
      if (here) flags.set('CO_PLACEMENT', 'WARN');
      if (here && isThreatPerson(personId)) flags.set('PERSONAL_CONFLICT', 'BLOCK');
      if (here && isRivalPerson(personId)) flags.set('RIVAL_PLACEMENT', 'BLOCK');
      const alsoHere = othersOccupying.some((q) => q.municipalityCode === destination && q.personIds.includes(personId));
      if (isNearby(o.municipalityCode) && isRivalPerson(personId) && !alsoHere) flags.set('RIVAL_PLACEMENT_NEARBY', 'WARN');
    }
  }
  if (!ta || ta.reviewDue < today || !pa || pa.reviewDue < today) flags.set('STALE_ASSESSMENT', 'WARN');
  const e = household.eligibility;
  if (!(e.meetsDefinition && e.motivated && e.consentToInformationExchange && e.signedConditions && !e.evidencePerson)) {
    flags.set('ELIGIBILITY_INCOMPLETE', 'BLOCK');
  }
  return flags;
}

describe('the checker agrees with a naive reading of the contract', () => {
  it('raises the same codes, with the same severities, for every destination of random small worlds', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const ranked = rankDestinations(world.household, buildNationalFacts(world.national), geography, world.period, {
          today: world.today,
          nearbyRadiusKm: world.radius,
        });
        expect(ranked.map((check) => check.municipalityCode).sort()).toEqual([...world.codes].sort());
        for (const check of ranked) {
          const expected = naiveFlags(world, geography, check.municipalityCode);
          const actual = new Map(check.flags.map((flag) => [flag.code, flag.severity]));
          expect([...actual].sort()).toEqual([...expected].sort());
          expect(check.cleared).toBe(![...expected.values()].includes('BLOCK'));
        }
      }),
      { numRuns: 400 },
    );
  });
});
