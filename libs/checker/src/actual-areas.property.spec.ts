/**
 * Actual areas only ever add caution: on random worlds, a household with its members' actual areas is
 * flagged at least as strictly as the same household without them, and areas that are all unconfirmed
 * (POSSIBLE) never turn a cleared destination into a blocked one.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { HouseholdFacts } from './facts.js';
import { buildNationalFacts } from './national-facts.js';
import { rankDestinations } from './ranking.js';
import { fakeGeography } from './testing/fake-world.js';
import { worldArb } from './testing/random-world.js';
import type { Severity } from './vocabulary.js';

const rank = (severity: Severity | undefined): number => (severity === 'BLOCK' ? 2 : severity === 'WARN' ? 1 : 0);

function withoutAreas(household: HouseholdFacts): HouseholdFacts {
  return { ...household, members: household.members.map((m) => ({ ...m, actualAreas: [] })) };
}

function unconfirmedOnly(household: HouseholdFacts): HouseholdFacts {
  return {
    ...household,
    members: household.members.map((m) => ({
      ...m,
      actualAreas: (m.actualAreas ?? []).map((a) => ({ ...a, confidence: 'POSSIBLE' as const })),
    })),
  };
}

describe('actual areas', () => {
  it('never loosen a check, and unconfirmed ones never block a destination that was cleared', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const national = buildNationalFacts(world.national);
        const options = { today: world.today, nearbyRadiusKm: world.radius };
        const byCode = (household: HouseholdFacts) =>
          new Map(rankDestinations(household, national, geography, world.period, options).map((check) => [check.municipalityCode, check]));
        const withAreas = byCode(world.household);
        const without = byCode(withoutAreas(world.household));
        const unconfirmed = byCode(unconfirmedOnly(world.household));
        for (const code of world.codes) {
          const a = withAreas.get(code)!;
          const b = without.get(code)!;
          for (const flag of b.flags)
            expect(rank(a.flags.find((f) => f.code === flag.code)?.severity)).toBeGreaterThanOrEqual(rank(flag.severity));
          if (b.cleared) expect(unconfirmed.get(code)!.cleared).toBe(true);
          // Only the two home rules read the areas.
          const others = (check: typeof a) => check.flags.filter((f) => f.code !== 'HOME_MUNICIPALITY' && f.code !== 'TOO_CLOSE_TO_HOME');
          expect(others(a)).toStrictEqual(others(b));
        }
      }),
      { numRuns: 300 },
    );
  });
});
