import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import { toDayNumber } from '../period.js';
import type { Rule } from '../rule.js';

/**
 * A personal conflict of a household member is past its review date: like an assessment, a conflict no one
 * has looked at in time may no longer say what it should. Due today is still current; from tomorrow it is
 * stale. One cause per conflict (a conflict registered from both sides is one), never the other person: the
 * flag is about the household's own records.
 */
export function findConflictsPastReview(context: CheckContext, destination: string): Cause[] {
  const causes: Cause[] = [];
  const seen = new Set<string>();
  for (const member of context.household.members) {
    const national = context.national.conflictsByPerson.get(member.personId) ?? [];
    for (const conflict of [...member.conflicts, ...national]) {
      if (!conflict.reviewDue || context.memberIds.has(conflict.otherPersonId)) continue;
      if (toDayNumber(conflict.reviewDue) >= context.today) continue;
      const key = [member.personId, conflict.otherPersonId, conflict.kind, conflict.reviewDue].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      causes.push({ ...householdCause(context.household, destination, 'CONFLICT_PAST_REVIEW'), memberId: member.personId });
    }
  }
  return causes;
}

// The same for every destination: worked out once per prepared household.
const pastReview = new WeakMap<CheckContext, boolean>();
function isPastReview(context: CheckContext): boolean {
  let past = pastReview.get(context);
  if (past === undefined) pastReview.set(context, (past = findConflictsPastReview(context, '').length > 0));
  return past;
}

export const conflictReviewDue: Rule = {
  code: 'CONFLICT_REVIEW_DUE',
  severity: 'WARN',
  explain: inLanguages({
    en: (causes) =>
      causes.length === 1
        ? 'A personal conflict of a household member is past its review date.'
        : `${causes.length} personal conflicts of household members are past their review dates.`,
    sv: (causes) =>
      causes.length === 1
        ? 'En personlig konflikt för någon i hushållet har passerat sitt omprövningsdatum.'
        : `${causes.length} personliga konflikter för personer i hushållet har passerat sina omprövningsdatum.`,
  }),
  evaluate: findConflictsPastReview,
  flagsAt: (context) => (isPastReview(context) ? 'WARN' : undefined),
};
