import { describe, expect, it } from '@jest/globals';
import { DEFECTOR, RELATIVE, TODAY, checkWorld, codesOf, flagOf, makeHousehold, member } from '../testing/fake-world.js';
import type { MemberConflict } from '../facts.js';

const withConflicts = (conflicts: MemberConflict[], relative: MemberConflict[] = []) =>
  makeHousehold({ members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts }), member(RELATIVE, { conflicts: relative })] });

describe('CONFLICT_REVIEW_DUE', () => {
  it('is silent for a conflict without a review date, or due today', () => {
    expect(codesOf(checkWorld({ household: withConflicts([{ otherPersonId: 'p', kind: 'THREAT' }]) }))).toEqual([]);
    expect(codesOf(checkWorld({ household: withConflicts([{ otherPersonId: 'p', kind: 'THREAT', reviewDue: TODAY }]) }))).toEqual([]);
  });

  it('warns from the day after the review date, one cause per stale conflict, naming no other person', () => {
    const result = checkWorld({
      household: withConflicts(
        [
          { otherPersonId: 'p', kind: 'THREAT', reviewDue: '2026-02-28' },
          { otherPersonId: 'q', kind: 'ENMITY', reviewDue: '2027-01-01' },
        ],
        [{ otherPersonId: 'r', kind: 'VICTIM', reviewDue: '2025-01-01' }],
      ),
    });
    const flag = flagOf(result, 'CONFLICT_REVIEW_DUE')!;
    expect(flag.severity).toBe('WARN');
    expect(result.cleared).toBe(true);
    expect(flag.causes.map((cause) => cause.memberId)).toEqual([DEFECTOR, RELATIVE]);
    expect(flag.causes.every((cause) => cause.personId === undefined && cause.kind === 'CONFLICT_PAST_REVIEW')).toBe(true);
    expect(flag.message).toBe('2 personal conflicts of household members are past their review dates.');
  });

  it('ignores a stale conflict between two members of the household', () => {
    const result = checkWorld({ household: withConflicts([{ otherPersonId: RELATIVE, kind: 'THREAT', reviewDue: '2020-01-01' }]) });
    expect(codesOf(result)).toEqual([]);
  });
});
