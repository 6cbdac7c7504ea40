import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { ELIGIBILITY_CRITERIA, type EligibilityCriterion, unmetCriteria } from '../eligibility.js';
import type { Rule } from '../rule.js';
import { isAre, joined } from '../wording.js';

/** The case's eligibility criteria are not all met; one cause per unmet criterion. */
export function findUnmetEligibility(context: CheckContext, destination: string): Cause[] {
  return unmetCriteria(context.household.eligibility).map((criterion) => ({
    ...householdCause(context.household, destination, 'UNMET_CRITERION'),
    criterion,
  }));
}

const CRITERION_NAMES: Record<EligibilityCriterion, string> = {
  meetsDefinition: 'meets the definition',
  motivated: 'motivated',
  consentToInformationExchange: 'consent to information exchange',
  signedConditions: 'signed police conditions',
  notEvidencePerson: 'not an evidence person',
};

export const eligibilityIncomplete: Rule = {
  code: 'ELIGIBILITY_INCOMPLETE',
  severity: 'BLOCK',
  explain(causes) {
    const names = causes.flatMap((cause) => (cause.criterion ? [CRITERION_NAMES[cause.criterion]] : []));
    const which = names.length > 0 ? `: ${joined(names)}` : '';
    return `${causes.length} of ${ELIGIBILITY_CRITERIA.length} eligibility criteria ${isAre(causes.length)} not met${which}.`;
  },
  evaluate: findUnmetEligibility,
};
