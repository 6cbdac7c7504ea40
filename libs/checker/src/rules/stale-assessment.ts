import { type AssessmentKind, type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { toDayNumber } from '../period.js';
import { joined } from '../wording.js';
import * as sv from '../wording-sv.js';

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
/** In the definite form; the genitive adds an s. */
const ASSESSMENT_NAMES_SV: Record<AssessmentKind, string> = { THREAT: 'hotbedömningen', PLACEMENT: 'placeringsbedömningen' };

/** One clause per cause that names its assessment; a redacted cause names none. */
function clauses(causes: readonly CauseView[], clause: (assessment: AssessmentKind, missing: boolean) => string): string[] {
  return causes.flatMap((cause) => (cause.assessment === undefined ? [] : [clause(cause.assessment, cause.kind === 'ASSESSMENT_MISSING')]));
}

function asSentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

// The same for every destination: worked out once per prepared household (a ranking asks 290 times).
const staleness = new WeakMap<CheckContext, boolean>();
function isStale(context: CheckContext): boolean {
  let stale = staleness.get(context);
  if (stale === undefined) staleness.set(context, (stale = findStaleAssessments(context, '').length > 0));
  return stale;
}

export const staleAssessment: Rule = {
  code: 'STALE_ASSESSMENT',
  severity: 'WARN',
  explain: inLanguages({
    en(causes) {
      const parts = clauses(causes, (assessment, missing) => {
        const state = missing ? 'is missing' : 'is past its review date';
        return `the ${ASSESSMENT_NAMES[assessment]} assessment ${state}`;
      });
      if (parts.length === 0) return 'An assessment is missing or past its review date.';
      return asSentence(joined(parts));
    },
    sv(causes) {
      const parts = clauses(causes, (assessment, missing) => {
        const name = ASSESSMENT_NAMES_SV[assessment];
        return missing ? `${name} saknas` : `${name}s omprövningsdatum har passerat`;
      });
      if (parts.length === 0) return 'En bedömning saknas eller har passerat sitt omprövningsdatum.';
      return asSentence(sv.joined(parts));
    },
  }),
  evaluate: findStaleAssessments,
  flagsAt: (context) => (isStale(context) ? 'WARN' : undefined),
};
