/**
 * Random small worlds for the checker's property tests: five to eight municipalities, a household and a
 * national picture drawn over a three-week window, so that touching and day-before edges come up often.
 */
import fc from 'fast-check';
import type { PoliceRegion } from '@registry/geo';
import type {
  AffiliationFact,
  HouseholdFacts,
  KnownLocationFact,
  NationalFactsInput,
  OccupancyFact,
  PresenceFact,
  RelationFact,
} from '../facts.js';
import type { Period } from '../period.js';
import { ACTUAL_AREA_KINDS, CONFIDENCES, KEEP_APART_SCOPES, PERSONAL_CONFLICT_KINDS, REACHES, UNSUITABLE_REASONS } from '../vocabulary.js';

export interface RandomWorld {
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

/** A conflict's optional terms: a keep-apart scope (absent mostly, today's rule) and a review date. */
const conflictTermsArb = fc
  .record(
    {
      scope: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.constantFrom(...KEEP_APART_SCOPES) }),
      reviewDue: fc.option(dayArb.map(dateOf), { nil: null }),
    },
    { requiredKeys: [] },
  )
  .map(({ scope, reviewDue }) => ({ ...(scope ? { scope } : {}), ...(reviewDue ? { reviewDue } : {}) }));

export const worldArb: fc.Arbitrary<RandomWorld> = fc.integer({ min: 5, max: 8 }).chain((size) => {
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
      actualAreas: fc.array(
        fc
          .record({
            municipalityCode: code,
            kind: fc.constantFrom(...ACTUAL_AREA_KINDS),
            confidence: fc.constantFrom(...CONFIDENCES),
            validity: validityArb,
          })
          .map(({ validity, ...rest }) => ({ ...rest, ...validity })),
        { maxLength: 2 },
      ),
      conflicts: fc.array(
        fc
          .tuple(fc.record({ otherPersonId: anyone, kind: fc.constantFrom(...PERSONAL_CONFLICT_KINDS) }), conflictTermsArb)
          .map(([conflict, terms]) => ({ ...conflict, ...terms })),
        { maxLength: 2 },
      ),
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
          id: fc.option(fc.constantFrom('O1', 'O2', 'O3'), { nil: undefined }),
        })
        .map(({ period, id, ...rest }): OccupancyFact => ({ ...(id ? { id } : {}), ...rest, ...period })),
      { maxLength: 5 },
    ),
    personalConflicts: fc.array(
      fc
        .tuple(fc.record({ personId: anyone, otherPersonId: anyone, kind: fc.constantFrom(...PERSONAL_CONFLICT_KINDS) }), conflictTermsArb)
        .map(([conflict, terms]) => ({ ...conflict, ...terms })),
      { maxLength: 3 },
    ),
    // Who may see whom: what a regional view (areaView) reads; national coordination's checks ignore it.
    personRegions: fc.uniqueArray(fc.record({ personId: anyone, regions: fc.subarray(REGIONS) }), {
      selector: (scope) => scope.personId,
      maxLength: 5,
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

/** A partition of a random world's map into areas of up to three neighbouring codes: M0-M2, M3-M5, M6-M7. */
export function smallAreaOf(codes: readonly string[]): (code: string) => readonly string[] {
  return (code) => {
    const i = codes.indexOf(code);
    if (i < 0) return [];
    const first = i - (i % 3);
    return codes.slice(first, first + 3);
  };
}
