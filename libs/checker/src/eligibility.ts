import type { Eligibility } from './facts.js';

/** The criteria in the order the police check them. */
export const ELIGIBILITY_CRITERIA = [
  'meetsDefinition',
  'motivated',
  'consentToInformationExchange',
  'signedConditions',
  'notEvidencePerson',
] as const;
export type EligibilityCriterion = (typeof ELIGIBILITY_CRITERIA)[number];

export function unmetCriteria(eligibility: Eligibility): EligibilityCriterion[] {
  const met: Record<EligibilityCriterion, boolean> = {
    meetsDefinition: eligibility.meetsDefinition,
    motivated: eligibility.motivated,
    consentToInformationExchange: eligibility.consentToInformationExchange,
    signedConditions: eligibility.signedConditions,
    notEvidencePerson: !eligibility.evidencePerson,
  };
  return ELIGIBILITY_CRITERIA.filter((criterion) => !met[criterion]);
}

/** A case may open, and a household be placed, only when every criterion holds. */
export function isEligible(eligibility: Eligibility): boolean {
  return unmetCriteria(eligibility).length === 0;
}
