import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';

/**
 * The destination is the household's home municipality (bosättningskommun). It blocks when the threat
 * assessment requires relocation; otherwise, including when there is no threat assessment yet, it warns:
 * staying home can be right at a low threat, but someone should decide it knowingly.
 */
export function findHomeMunicipality(context: CheckContext, destination: string): Cause[] {
  if (destination !== context.household.homeMunicipalityCode) return [];
  const threat = context.household.threatAssessment;
  const cause = householdCause(context.household, destination, 'HOME_MUNICIPALITY');
  return [threat ? { ...cause, relocationRequired: threat.relocationRequired } : cause];
}

export const homeMunicipality: Rule = {
  code: 'HOME_MUNICIPALITY',
  severity: 'BLOCK',
  severityOf: (causes) => (causes.some((cause) => cause.relocationRequired === true) ? 'BLOCK' : 'WARN'),
  explain(causes) {
    const relocation = causes.map((cause) => cause.relocationRequired);
    if (relocation.includes(true)) {
      return "This is the household's home municipality, and the threat assessment requires relocation.";
    }
    if (relocation.includes(false)) {
      return "This is the household's home municipality; the threat assessment does not require relocation.";
    }
    return "This is the household's home municipality, and no threat assessment says whether relocation is required.";
  },
  evaluate: findHomeMunicipality,
};
