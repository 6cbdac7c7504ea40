import { describe, expect, it } from '@jest/globals';
import { DEFECTOR, RELATIVE, checkWorld, flagOf, makeHousehold, member } from '../testing/fake-world.js';
import type { HouseholdFacts } from '../facts.js';

function holding(defector: boolean, relative: boolean): HouseholdFacts {
  return makeHousehold({
    members: [member(DEFECTOR, { kind: 'DEFECTOR', surveillanceHold: defector }), member(RELATIVE, { surveillanceHold: relative })],
  });
}

describe('SURVEILLANCE_HOLD', () => {
  it.each([
    { name: 'no hold', household: holding(false, false), flagged: false },
    { name: 'a hold on the defector', household: holding(true, false), flagged: true },
    { name: 'a hold on a relative', household: holding(false, true), flagged: true },
    { name: 'holds on both', household: holding(true, true), flagged: true },
  ])('$name', ({ household, flagged }) => {
    const result = checkWorld({ household });
    const flag = flagOf(result, 'SURVEILLANCE_HOLD');
    expect(flag !== undefined).toBe(flagged);
    expect(result.cleared).toBe(!flagged);
  });

  it('blocks with one cause that names neither the member nor a reason', () => {
    const flag = flagOf(checkWorld({ household: holding(true, true) }), 'SURVEILLANCE_HOLD');
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.causes).toHaveLength(1);
    expect(flag?.causes[0]?.personId).toBeUndefined();
    expect(flag?.causes[0]?.memberId).toBeUndefined();
    expect(flag?.message).toBe('A police hold applies to this household; no reason is given.');
  });
});
