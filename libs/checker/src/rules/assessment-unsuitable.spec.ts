import { describe, expect, it } from '@jest/globals';
import type { PlacementAssessmentFacts } from '../facts.js';
import { DEST, NEXT, checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';

function assessed(unsuitable: PlacementAssessmentFacts['unsuitable']): ReturnType<typeof makeHousehold> {
  const household = makeHousehold();
  return { ...household, placementAssessment: { ...household.placementAssessment!, unsuitable } };
}

describe('ASSESSMENT_UNSUITABLE', () => {
  it.each([
    { name: 'nothing listed', household: assessed([]), causes: 0 },
    { name: 'another municipality listed', household: assessed([{ municipalityCode: NEXT, reason: 'RIVAL_PRESENCE' }]), causes: 0 },
    { name: 'the destination listed', household: assessed([{ municipalityCode: DEST, reason: 'OWN_NETWORK' }]), causes: 1 },
    {
      name: 'the destination listed twice, for two reasons',
      household: assessed([
        { municipalityCode: DEST, reason: 'VICTIM' },
        { municipalityCode: DEST, reason: 'RIVAL_PRESENCE' },
      ]),
      causes: 2,
    },
    { name: 'no placement assessment', household: makeHousehold({ placementAssessment: null }), causes: 0 },
  ])('$name', ({ household, causes }) => {
    const flag = flagOf(checkWorld({ household }), 'ASSESSMENT_UNSUITABLE');
    expect(flag?.causes.length ?? 0).toBe(causes);
  });

  it('blocks and sums up every reason in one message', () => {
    const result = checkWorld({
      household: assessed([
        { municipalityCode: DEST, reason: 'VICTIM' },
        { municipalityCode: DEST, reason: 'RIVAL_PRESENCE' },
      ]),
    });
    const flag = flagOf(result, 'ASSESSMENT_UNSUITABLE');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.message).toBe('The placement assessment lists this municipality as unsuitable (victim and rival presence).');
  });
});
