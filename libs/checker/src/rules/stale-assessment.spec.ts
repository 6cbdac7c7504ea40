import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts } from '../facts.js';
import { TODAY, checkWorld, flagOf, makeHousehold } from '../testing/fake-world.js';

const base = makeHousehold();

function reviews(threatDue: string | null, placementDue: string | null): HouseholdFacts {
  return {
    ...base,
    threatAssessment: threatDue === null ? null : { ...base.threatAssessment!, reviewDue: threatDue },
    placementAssessment: placementDue === null ? null : { ...base.placementAssessment!, reviewDue: placementDue },
  };
}

describe('STALE_ASSESSMENT', () => {
  it.each([
    { name: 'both current', household: reviews('2026-07-15', '2026-07-15'), causes: [] },
    { name: 'threat assessment due today', household: reviews(TODAY, '2026-07-15'), causes: [] },
    { name: 'threat assessment due yesterday', household: reviews('2026-02-28', '2026-07-15'), causes: ['ASSESSMENT_PAST_REVIEW:THREAT'] },
    {
      name: 'placement assessment due yesterday',
      household: reviews('2026-07-15', '2026-02-28'),
      causes: ['ASSESSMENT_PAST_REVIEW:PLACEMENT'],
    },
    { name: 'no placement assessment', household: reviews('2026-07-15', null), causes: ['ASSESSMENT_MISSING:PLACEMENT'] },
    {
      name: 'no assessments at all',
      household: reviews(null, null),
      causes: ['ASSESSMENT_MISSING:THREAT', 'ASSESSMENT_MISSING:PLACEMENT'],
    },
  ])('$name', ({ household, causes }) => {
    const flag = flagOf(checkWorld({ household }), 'STALE_ASSESSMENT');
    expect((flag?.causes ?? []).map((cause) => `${cause.kind}:${cause.assessment}`)).toEqual(causes);
  });

  it('warns, leaves the destination cleared and names both assessments in one message', () => {
    const result = checkWorld({ household: reviews(null, '2026-01-01') });
    const flag = flagOf(result, 'STALE_ASSESSMENT');
    expect(result.cleared).toBe(true);
    expect(flag?.severity).toBe('WARN');
    expect(flag?.message).toBe('The threat assessment is missing and the placement assessment is past its review date.');
  });
});
