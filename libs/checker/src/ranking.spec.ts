import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { areaView } from './area-view.js';
import { checkDestination } from './check.js';
import { prepareHousehold } from './check-context.js';
import { type Geography, distancesToNearest } from './geography.js';
import { buildNationalFacts, type NationalFacts } from './national-facts.js';
import { rankDestinations } from './ranking.js';
import type { DestinationCheck } from './rule.js';
import { RULES } from './rules/index.js';
import { type RandomWorld, smallAreaOf, worldArb } from './testing/random-world.js';
import {
  BEYOND,
  DEST,
  EDGE,
  FAR,
  HOME,
  LOCAL_RIVAL_NET,
  MAP,
  NEXT,
  OWN_NET,
  PERIOD,
  RIVAL_NET,
  TODAY,
  fakeGeography,
  makeHousehold,
  nationalOf,
  presence,
} from './testing/fake-world.js';

function counts(check: DestinationCheck): { blocks: number; warnings: number } {
  return {
    blocks: check.flags.filter((flag) => flag.severity === 'BLOCK').length,
    warnings: check.flags.filter((flag) => flag.severity === 'WARN').length,
  };
}

describe('rankDestinations', () => {
  const national = nationalOf({
    presences: [presence(RIVAL_NET, DEST), presence(LOCAL_RIVAL_NET, DEST), presence(OWN_NET, NEXT), presence(RIVAL_NET, FAR)],
  });
  const ranked = rankDestinations(makeHousehold(), national, MAP, PERIOD, { today: TODAY });

  it('returns every municipality exactly once', () => {
    expect(ranked.map((check) => check.municipalityCode).sort()).toEqual([...MAP.codes].sort());
  });

  it('puts cleared destinations first, fewest warnings first, then the fewest blocks', () => {
    const firstBlocked = ranked.findIndex((check) => !check.cleared);
    expect(firstBlocked).toBeGreaterThan(0);
    expect(ranked.slice(firstBlocked).every((check) => !check.cleared)).toBe(true);
    const cleared = ranked.slice(0, firstBlocked).map((check) => counts(check).warnings);
    expect(cleared).toEqual([...cleared].sort((a, b) => a - b));
    const blocked = ranked.slice(firstBlocked).map(counts);
    expect(blocked).toEqual([...blocked].sort((a, b) => a.blocks - b.blocks || a.warnings - b.warnings));
  });

  it('orders this world as worked out by hand', () => {
    expect(ranked.map((check) => check.municipalityCode)).toEqual([
      BEYOND, // cleared, no warning: the rival in DEST is 30.001 km away, beyond the radius
      EDGE, // cleared, one warning: the regional rival in DEST is exactly at the radius
      NEXT, // cleared, two warnings: its own network here, the rival next door
      HOME, // one block (home, relocation required), nearest threat 100 km away
      FAR, // one block (rival here), threat 0 km away, 600 km from home
      DEST, // one block (two rivals, one code), threat 0 km away, 100 km from home
    ]);
  });
});

describe('rankDestinations score', () => {
  // No borders and a 1 km radius: nothing is nearby, so only distances order the cleared destinations.
  const geography = fakeGeography({
    codes: ['R1', 'R2', 'R3', 'R4', 'R5', 'RH'],
    distances: [
      ['R1', 'R5', 100],
      ['R2', 'R5', 200],
      ['R3', 'R5', 200],
      ['R4', 'R5', 50],
      ['R2', 'RH', 300],
      ['R3', 'RH', 150],
      ['R5', 'RH', 400],
    ],
    defaultKm: 250,
  });
  const household = makeHousehold({ homeMunicipalityCode: 'RH' });

  it('prefers distance from the nearest threat, then from home, then the code', () => {
    const national = nationalOf({ presences: [presence(LOCAL_RIVAL_NET, 'R5')] });
    const order = rankDestinations(household, national, geography, PERIOD, { today: TODAY, nearbyRadiusKm: 1 }).map(
      (check) => check.municipalityCode,
    );
    // R2 and R3 both 200 km from the threat; R2 is farther from home. RH (home) and R5 (rival) are blocked:
    // RH is 400 km from the threat, R5 is on it.
    expect(order).toEqual(['R2', 'R3', 'R1', 'R4', 'RH', 'R5']);
  });

  it('falls back to distance from home, then the code, when the household has no threat anywhere', () => {
    const order = rankDestinations(household, nationalOf(), geography, PERIOD, { today: TODAY, nearbyRadiusKm: 1 }).map(
      (check) => check.municipalityCode,
    );
    expect(order).toEqual(['R5', 'R2', 'R1', 'R4', 'R3', 'RH']);
  });
});

describe('rankDestinations equals every destination checked on its own, sorted', () => {
  /** The documented order, applied to full checks: what a ranking must amount to. */
  function sortedChecks(world: RandomWorld, facts: NationalFacts, geography: Geography): DestinationCheck[] {
    const options = { today: world.today, nearbyRadiusKm: world.radius };
    const context = prepareHousehold(world.household, facts, geography, world.period, options);
    const threats = new Set<string>([...context.rivalPresences.keys(), ...context.threatLocations.keys()]);
    for (const code of geography.codes) {
      if (context.occupantsAt(code).some((occupant) => occupant.rivalNetworkId !== undefined || occupant.threat !== undefined))
        threats.add(code);
    }
    const nearest = distancesToNearest(geography, threats);
    const home = world.household.homeMunicipalityCode;
    const rows = geography.codes.map((code) => {
      const check = checkDestination(world.household, facts, geography, code, world.period, options);
      return { check, ...counts(check), threatKm: nearest.get(code)!, homeKm: code === home ? 0 : geography.distanceKm(code, home) };
    });
    rows.sort(
      (x, y) =>
        Number(y.check.cleared) - Number(x.check.cleared) ||
        x.blocks - y.blocks ||
        x.warnings - y.warnings ||
        (x.threatKm === y.threatKm ? 0 : y.threatKm > x.threatKm ? 1 : -1) ||
        y.homeKm - x.homeKm ||
        (x.check.municipalityCode < y.check.municipalityCode ? -1 : 1),
    );
    return rows.map((row) => row.check);
  }

  it('for national coordination and each region’s view of random worlds; the first n are the first n', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 1, max: 8 }), (world, limit) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const national = buildNationalFacts(world.national);
        const areaOf = smallAreaOf(world.codes);
        const options = { today: world.today, nearbyRadiusKm: world.radius };
        for (const facts of [national, areaView(national, { region: 'SYD', areaOf }), areaView(national, { region: 'NORD', areaOf })]) {
          const ranked = rankDestinations(world.household, facts, geography, world.period, options);
          expect(ranked).toStrictEqual(sortedChecks(world, facts, geography));
          expect(rankDestinations(world.household, facts, geography, world.period, { ...options, limit })).toStrictEqual(
            ranked.slice(0, limit),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('because each rule’s quick answer (flagsAt) is what its causes would say', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const national = buildNationalFacts(world.national);
        const areaOf = smallAreaOf(world.codes);
        for (const facts of [national, areaView(national, { region: 'SYD', areaOf })]) {
          const context = prepareHousehold(world.household, facts, geography, world.period, {
            today: world.today,
            nearbyRadiusKm: world.radius,
          });
          for (const rule of RULES) {
            if (!rule.flagsAt) continue;
            for (const code of world.codes) {
              const causes = rule.evaluate(context, code);
              expect([rule.code, code, rule.flagsAt(context, code)]).toEqual([
                rule.code,
                code,
                causes.length === 0 ? undefined : (rule.severityOf?.(causes) ?? rule.severity),
              ]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
