/**
 * Keep-apart scopes: the default is today's rule (the same municipality only), each wider scope adds places,
 * and a wider scope never flags less (property, on random worlds, for checks and rankings alike).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkDestination } from '../check.js';
import type { HouseholdFacts, MemberConflict } from '../facts.js';
import { buildNationalFacts } from '../national-facts.js';
import { rankDestinations } from '../ranking.js';
import {
  fakeGeography,
  makeHousehold,
  member,
  DEFECTOR,
  PERIOD,
  TODAY,
  occupancy,
  flagOf,
  baseNationalInput,
} from '../testing/fake-world.js';
import { worldArb } from '../testing/random-world.js';
import { KEEP_APART_SCOPES, type KeepApartScope } from '../vocabulary.js';

// County 12 (Skåne-like) and 13, both SYD; county 07 also SYD; county 01 in STOCKHOLM.
const DEST = '1280';
const SAME_COUNTY_FAR = '1281'; // county 12, 80 km, no border
const NEIGHBOUR = '1282'; // county 12, shares a border
const NEARBY_OTHER_COUNTY = '1380'; // county 13, 20 km
const SAME_REGION = '0780'; // county 07, SYD, far
const ELSEWHERE = '0180'; // STOCKHOLM
const GEOGRAPHY = fakeGeography({
  codes: [DEST, SAME_COUNTY_FAR, NEIGHBOUR, NEARBY_OTHER_COUNTY, SAME_REGION, ELSEWHERE],
  regions: { [ELSEWHERE]: 'STOCKHOLM' },
  neighbours: [[DEST, NEIGHBOUR]],
  distances: [
    [DEST, SAME_COUNTY_FAR, 80],
    [DEST, NEIGHBOUR, 40],
    [DEST, NEARBY_OTHER_COUNTY, 20],
  ],
  defaultKm: 400,
});

const FOE = 'person-foe';

function flagged(place: string, conflict: Partial<MemberConflict>, destination = DEST): boolean {
  const household = makeHousehold({
    homeMunicipalityCode: ELSEWHERE,
    members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts: [{ otherPersonId: FOE, kind: 'THREAT', ...conflict }] })],
  });
  const national = buildNationalFacts({ ...baseNationalInput(), occupancies: [occupancy({ personIds: [FOE], municipalityCode: place })] });
  const result = checkDestination(household, national, GEOGRAPHY, destination, PERIOD, { today: TODAY });
  const ranked = rankDestinations(household, national, GEOGRAPHY, PERIOD, { today: TODAY }).find(
    (c) => c.municipalityCode === destination,
  )!;
  // A ranking and a check agree, flag and causes.
  expect(flagOf(ranked, 'PERSONAL_CONFLICT')).toEqual(flagOf(result, 'PERSONAL_CONFLICT'));
  return flagOf(result, 'PERSONAL_CONFLICT') !== undefined;
}

const PLACES = [DEST, NEIGHBOUR, NEARBY_OTHER_COUNTY, SAME_COUNTY_FAR, SAME_REGION, ELSEWHERE];
const EXPECTED: Record<KeepApartScope, string[]> = {
  SAME_MUNICIPALITY: [DEST],
  NEARBY: [DEST, NEIGHBOUR, NEARBY_OTHER_COUNTY],
  SAME_COUNTY: [DEST, NEIGHBOUR, NEARBY_OTHER_COUNTY, SAME_COUNTY_FAR],
  SAME_POLICE_REGION: [DEST, NEIGHBOUR, NEARBY_OTHER_COUNTY, SAME_COUNTY_FAR, SAME_REGION],
  NATIONWIDE: PLACES,
};

describe('PERSONAL_CONFLICT keep-apart scope', () => {
  it("without a scope is today's rule: the conflict person in the destination itself, nowhere else", () => {
    expect(PLACES.filter((place) => flagged(place, {}))).toEqual([DEST]);
  });

  it.each(KEEP_APART_SCOPES)('%s flags the conflict person standing in exactly its places', (scope) => {
    expect(PLACES.filter((place) => flagged(place, { scope }))).toEqual(EXPECTED[scope]);
  });

  it('words a cause elsewhere within scope as elsewhere, not here', () => {
    const household = makeHousehold({
      members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts: [{ otherPersonId: FOE, kind: 'THREAT', scope: 'SAME_COUNTY' }] })],
    });
    const national = buildNationalFacts({
      ...baseNationalInput(),
      occupancies: [occupancy({ personIds: [FOE], municipalityCode: SAME_COUNTY_FAR })],
    });
    const flag = flagOf(checkDestination(household, national, GEOGRAPHY, DEST, PERIOD, { today: TODAY }), 'PERSONAL_CONFLICT')!;
    expect(flag.causes).toMatchObject([{ municipalityCode: SAME_COUNTY_FAR, nearby: true, personId: FOE, memberId: DEFECTOR }]);
    expect(flag.message).toContain("elsewhere within the conflict's keep-apart scope");
  });

  it('keeps the widest scope when a person is in several conflicts with the household', () => {
    const conflicts: MemberConflict[] = [
      { otherPersonId: FOE, kind: 'THREAT' },
      { otherPersonId: FOE, kind: 'ENMITY', scope: 'NATIONWIDE' },
    ];
    const household = makeHousehold({ members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts })] });
    const national = buildNationalFacts({
      ...baseNationalInput(),
      occupancies: [occupancy({ personIds: [FOE], municipalityCode: ELSEWHERE })],
    });
    expect(flagOf(checkDestination(household, national, GEOGRAPHY, DEST, PERIOD, { today: TODAY }), 'PERSONAL_CONFLICT')).toBeDefined();
  });

  it('a wider scope flags a superset of the destinations a narrower one flags (random worlds)', () => {
    const scopeIndex = fc.integer({ min: 0, max: KEEP_APART_SCOPES.length - 1 });
    fc.assert(
      fc.property(worldArb, scopeIndex, scopeIndex, (world, i, j) => {
        const [narrow, wide] = [KEEP_APART_SCOPES[Math.min(i, j)]!, KEEP_APART_SCOPES[Math.max(i, j)]!];
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const withScope = (scope: KeepApartScope): Set<string> => {
          const household: HouseholdFacts = {
            ...world.household,
            members: world.household.members.map((m) => ({ ...m, conflicts: m.conflicts.map((c) => ({ ...c, scope })) })),
          };
          const national = buildNationalFacts({
            ...world.national,
            personalConflicts: (world.national.personalConflicts ?? []).map((c) => ({ ...c, scope })),
          });
          const options = { today: world.today, nearbyRadiusKm: world.radius };
          const ranked = rankDestinations(household, national, geography, world.period, options);
          const flaggedCodes = ranked.filter((c) => flagOf(c, 'PERSONAL_CONFLICT')).map((c) => c.municipalityCode);
          // What a single check says agrees with the ranking.
          for (const code of world.codes) {
            const single = checkDestination(household, national, geography, code, world.period, options);
            expect(flagOf(single, 'PERSONAL_CONFLICT') !== undefined).toBe(flaggedCodes.includes(code));
          }
          return new Set(flaggedCodes);
        };
        const narrower = withScope(narrow);
        const wider = withScope(wide);
        for (const code of narrower) expect(wider.has(code)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
