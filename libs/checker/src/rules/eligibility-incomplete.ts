import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { ELIGIBILITY_CRITERIA, type EligibilityCriterion, unmetCriteria } from '../eligibility.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { isAre, joined } from '../wording.js';
import * as sv from '../wording-sv.js';

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

const CRITERION_NAMES_SV: Record<EligibilityCriterion, string> = {
  meetsDefinition: 'uppfyller definitionen',
  motivated: 'motiverad',
  consentToInformationExchange: 'samtycke till informationsutbyte',
  signedConditions: 'undertecknade polisiära villkor',
  notEvidencePerson: 'inte bevisperson',
};

function criteriaOf(causes: readonly CauseView[]): EligibilityCriterion[] {
  return causes.flatMap((cause) => (cause.criterion ? [cause.criterion] : []));
}

export const eligibilityIncomplete: Rule = {
  code: 'ELIGIBILITY_INCOMPLETE',
  severity: 'BLOCK',
  explain: inLanguages({
    en(causes) {
      const names = criteriaOf(causes).map((criterion) => CRITERION_NAMES[criterion]);
      const which = names.length > 0 ? `: ${joined(names)}` : '';
      return `${causes.length} of ${ELIGIBILITY_CRITERIA.length} eligibility criteria ${isAre(causes.length)} not met${which}.`;
    },
    sv(causes) {
      const names = criteriaOf(causes).map((criterion) => CRITERION_NAMES_SV[criterion]);
      const which = names.length > 0 ? `: ${sv.joined(names)}` : '';
      // "1 av 5 urvalskriterier är inte uppfyllt": the participle agrees with the one criterion.
      const met = causes.length === 1 ? 'uppfyllt' : 'uppfyllda';
      return `${causes.length} av ${ELIGIBILITY_CRITERIA.length} urvalskriterier är inte ${met}${which}.`;
    },
  }),
  evaluate: findUnmetEligibility,
  flagsAt: (context) => (unmetCriteria(context.household.eligibility).length > 0 ? 'BLOCK' : undefined),
};
