import { describe, expect, it } from '@jest/globals';
import { DEST, EDGE, NEXT, checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';

function suitable(codes: string[]): ReturnType<typeof makeHousehold> {
  const household = makeHousehold();
  return { ...household, placementAssessment: { ...household.placementAssessment!, suitableCodes: codes } };
}

describe('OUTSIDE_SUITABLE_LIST', () => {
  it.each([
    { name: 'no suitable list', household: suitable([]), flagged: false },
    { name: 'the destination is on the list', household: suitable([NEXT, DEST]), flagged: false },
    { name: 'the list names only others', household: suitable([NEXT, EDGE]), flagged: true },
    { name: 'no placement assessment', household: makeHousehold({ placementAssessment: null }), flagged: false },
  ])('$name', ({ household, flagged }) => {
    const result = checkWorld({ household });
    expect(flagOf(result, 'OUTSIDE_SUITABLE_LIST') !== undefined).toBe(flagged);
  });

  it('warns without blocking', () => {
    const result = checkWorld({ household: suitable([NEXT]) });
    expect(flagOf(result, 'OUTSIDE_SUITABLE_LIST')?.severity).toBe('WARN');
    expect(result.cleared).toBe(true);
  });
});
