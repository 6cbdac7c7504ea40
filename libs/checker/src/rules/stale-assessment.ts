import { type AssessmentKind, type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';
import { toDayNumber } from '../period.js';
import { joined } from '../wording.js';

/**
 * The threat or placement assessment is missing, or its review date has passed. An assessment due for
 * review today is still current; from tomorrow it is stale.
 */
export function findStaleAssessments(context: CheckContext, destination: string): Cause[] {
  const { threatAssessment, placementAssessment } = context.household;
  const causes: Cause[] = [];
  const judge = (assessment: AssessmentKind, facts: { reviewDue: string } | null): void => {
    if (facts === null) {
      causes.push({ ...householdCause(context.household, destination, 'ASSESSMENT_MISSING'), assessment });
    } else if (toDayNumber(facts.reviewDue) < context.today) {
      causes.push({ ...householdCause(context.household, destination, 'ASSESSMENT_PAST_REVIEW'), assessment });
    }
  };
  judge('THREAT', threatAssessment);
  judge('PLACEMENT', placementAssessment);
  return causes;
}

const ASSESSMENT_NAMES: Record<AssessmentKind, string> = { THREAT: 'threat', PLACEMENT: 'placement' };

export const staleAssessment: Rule = {
  code: 'STALE_ASSESSMENT',
  severity: 'WARN',
  explain(causes) {
    const parts = causes.flatMap((cause) => {
      if (cause.assessment === undefined) return [];
      const state = cause.kind === 'ASSESSMENT_MISSING' ? 'is missing' : 'is past its review date';
      return [`the ${ASSESSMENT_NAMES[cause.assessment]} assessment ${state}`];
    });
    if (parts.length === 0) return 'An assessment is missing or past its review date.';
    const sentence = joined(parts);
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  },
  evaluate: findStaleAssessments,
};
