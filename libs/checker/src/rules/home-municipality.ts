import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
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

/** The threat assessment's answer; a cause that requires relocation outweighs one that does not. */
function relocationOf(causes: readonly CauseView[]): boolean | undefined {
  const answers = causes.map((cause) => cause.relocationRequired);
  if (answers.includes(true)) return true;
  return answers.includes(false) ? false : undefined;
}

export const homeMunicipality: Rule = {
  code: 'HOME_MUNICIPALITY',
  severity: 'BLOCK',
  severityOf: (causes) => (causes.some((cause) => cause.relocationRequired === true) ? 'BLOCK' : 'WARN'),
  explain: inLanguages({
    en(causes) {
      const relocation = relocationOf(causes);
      if (relocation === true) return "This is the household's home municipality, and the threat assessment requires relocation.";
      if (relocation === false) return "This is the household's home municipality; the threat assessment does not require relocation.";
      return "This is the household's home municipality, and no threat assessment says whether relocation is required.";
    },
    sv(causes) {
      const relocation = relocationOf(causes);
      if (relocation === true) return 'Det här är hushållets hemkommun, och enligt hotbedömningen måste hushållet flytta.';
      if (relocation === false) return 'Det här är hushållets hemkommun; enligt hotbedömningen behöver hushållet inte flytta.';
      return 'Det här är hushållets hemkommun, och det finns ingen hotbedömning som anger om hushållet måste flytta.';
    },
  }),
  evaluate: findHomeMunicipality,
  flagsAt: (context, destination) =>
    destination !== context.household.homeMunicipalityCode
      ? undefined
      : context.household.threatAssessment?.relocationRequired === true
        ? 'BLOCK'
        : 'WARN',
};
