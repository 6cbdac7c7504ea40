import { describe, expect, it } from '@jest/globals';
import { DEST, HOME, checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';
import type { HouseholdFacts } from '../facts.js';

function relocation(required: boolean): HouseholdFacts {
  const household = makeHousehold();
  return { ...household, threatAssessment: { ...household.threatAssessment!, relocationRequired: required } };
}

describe('HOME_MUNICIPALITY', () => {
  it.each([
    { name: 'home, relocation required', household: relocation(true), destination: HOME, severity: 'BLOCK' },
    { name: 'home, relocation not required', household: relocation(false), destination: HOME, severity: 'WARN' },
    { name: 'home, no threat assessment', household: makeHousehold({ threatAssessment: null }), destination: HOME, severity: 'WARN' },
    { name: 'elsewhere, relocation required', household: relocation(true), destination: DEST, severity: undefined },
  ])('$name', ({ household, destination, severity }) => {
    expect(flagOf(checkWorld({ household, destination }), 'HOME_MUNICIPALITY')?.severity).toBe(severity);
  });

  it('leaves home cleared when relocation is not required', () => {
    const result = checkWorld({ household: relocation(false), destination: HOME });
    expect(result.cleared).toBe(true);
    expect(flagOf(result, 'HOME_MUNICIPALITY')?.message).toBe(
      "This is the household's home municipality; the threat assessment does not require relocation.",
    );
  });

  it('blocks home when relocation is required', () => {
    const result = checkWorld({ household: relocation(true), destination: HOME });
    expect(result.cleared).toBe(false);
    expect(flagOf(result, 'HOME_MUNICIPALITY')?.message).toBe(
      "This is the household's home municipality, and the threat assessment requires relocation.",
    );
  });
});
