import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';
import { joined, lowerWords } from '../wording.js';

/** The placement assessment lists the destination as unsuitable; one cause per listing (reason). */
export function findUnsuitableListings(context: CheckContext, destination: string): Cause[] {
  const assessment = context.household.placementAssessment;
  if (!assessment) return [];
  return assessment.unsuitable
    .filter((listing) => listing.municipalityCode === destination)
    .map((listing) => ({ ...householdCause(context.household, destination, 'UNSUITABLE_LISTING'), reason: listing.reason }));
}

export const assessmentUnsuitable: Rule = {
  code: 'ASSESSMENT_UNSUITABLE',
  severity: 'BLOCK',
  explain(causes) {
    const reasons = [...new Set(causes.flatMap((cause) => (cause.reason ? [lowerWords(cause.reason)] : [])))];
    const because = reasons.length > 0 ? ` (${joined(reasons)})` : '';
    return `The placement assessment lists this municipality as unsuitable${because}.`;
  },
  evaluate: findUnsuitableListings,
};
