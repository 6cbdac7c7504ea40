import { describe, expect, it } from '@jest/globals';
import type { Eligibility } from '../facts.js';
import { checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';

const met = makeHousehold().eligibility;

function eligibility(change: Partial<Eligibility>): ReturnType<typeof makeHousehold> {
  return makeHousehold({ eligibility: { ...met, ...change } });
}

describe('ELIGIBILITY_INCOMPLETE', () => {
  it.each([
    { name: 'all criteria met', household: eligibility({}), criteria: [] },
    { name: 'an evidence person', household: eligibility({ evidencePerson: true }), criteria: ['notEvidencePerson'] },
    { name: 'not motivated', household: eligibility({ motivated: false }), criteria: ['motivated'] },
    {
      name: 'no consent and no signed conditions',
      household: eligibility({ consentToInformationExchange: false, signedConditions: false }),
      criteria: ['consentToInformationExchange', 'signedConditions'],
    },
    { name: 'outside the definition', household: eligibility({ meetsDefinition: false }), criteria: ['meetsDefinition'] },
  ])('$name', ({ household, criteria }) => {
    const result = checkWorld({ household });
    const flag = flagOf(result, 'ELIGIBILITY_INCOMPLETE');
    expect((flag?.causes ?? []).map((cause) => cause.criterion)).toEqual(criteria);
    expect(result.cleared).toBe(criteria.length === 0);
  });

  it('blocks and names the unmet criteria', () => {
    const flag = flagOf(checkWorld({ household: eligibility({ motivated: false, evidencePerson: true }) }), 'ELIGIBILITY_INCOMPLETE');
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.message).toBe('2 of 5 eligibility criteria are not met: motivated and not an evidence person.');
  });
});
