import { describe, expect, it } from '@jest/globals';
import { HOME, checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';
import type { HouseholdFacts } from '../facts.js';

// DEST lies 100 km from HOME.
function minimum(km: number | null): HouseholdFacts {
  const household = makeHousehold();
  return { ...household, placementAssessment: { ...household.placementAssessment!, minDistanceFromHomeKm: km } };
}

describe('TOO_CLOSE_TO_HOME', () => {
  it.each([
    { name: 'no minimum', household: minimum(null), destination: undefined, flagged: false },
    { name: 'minimum below the distance', household: minimum(60), destination: undefined, flagged: false },
    { name: 'minimum exactly the distance', household: minimum(100), destination: undefined, flagged: false },
    { name: 'minimum just above the distance', household: minimum(100.0001), destination: undefined, flagged: true },
    { name: 'minimum well above the distance', household: minimum(150), destination: undefined, flagged: true },
    { name: 'home itself', household: minimum(1), destination: HOME, flagged: true },
    { name: 'no placement assessment', household: makeHousehold({ placementAssessment: null }), destination: undefined, flagged: false },
  ])('$name', ({ household, destination, flagged }) => {
    const result = checkWorld({ household, ...(destination ? { destination } : {}) });
    expect(flagOf(result, 'TOO_CLOSE_TO_HOME') !== undefined).toBe(flagged);
  });

  it('blocks and states both distances', () => {
    const result = checkWorld({ household: minimum(150) });
    const flag = flagOf(result, 'TOO_CLOSE_TO_HOME');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.causes[0]).toMatchObject({ distanceKm: 100, limitKm: 150 });
    expect(flag?.message).toBe("This municipality is 100 km from home, nearer than the placement assessment's minimum of 150 km.");
  });
});
