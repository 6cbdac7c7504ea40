import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import type { UnsuitableReason } from '../vocabulary.js';
import { joined, lowerWords } from '../wording.js';
import * as sv from '../wording-sv.js';

/** The placement assessment lists the destination as unsuitable; one cause per listing (reason). */
export function findUnsuitableListings(context: CheckContext, destination: string): Cause[] {
  const assessment = context.household.placementAssessment;
  if (!assessment) return [];
  return assessment.unsuitable
    .filter((listing) => listing.municipalityCode === destination)
    .map((listing) => ({ ...householdCause(context.household, destination, 'UNSUITABLE_LISTING'), reason: listing.reason }));
}

/** Each reason once, in the order listed. */
function reasonsOf(causes: readonly CauseView[]): UnsuitableReason[] {
  return [...new Set(causes.flatMap((cause) => (cause.reason ? [cause.reason] : [])))];
}

export const assessmentUnsuitable: Rule = {
  code: 'ASSESSMENT_UNSUITABLE',
  severity: 'BLOCK',
  explain: inLanguages({
    en(causes) {
      const reasons = reasonsOf(causes).map(lowerWords);
      const because = reasons.length > 0 ? ` (${joined(reasons)})` : '';
      return `The placement assessment lists this municipality as unsuitable${because}.`;
    },
    sv(causes) {
      const reasons = reasonsOf(causes).map((reason) => sv.REASONS[reason]);
      const because = reasons.length > 0 ? ` (${sv.joined(reasons)})` : '';
      return `Placeringsbedömningen anger den här kommunen som olämplig${because}.`;
    },
  }),
  evaluate: findUnsuitableListings,
  flagsAt: (context, destination) =>
    context.household.placementAssessment?.unsuitable.some((listing) => listing.municipalityCode === destination) ? 'BLOCK' : undefined,
};
