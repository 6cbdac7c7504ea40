import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';

/** The placement assessment names suitable municipalities and the destination is not among them. */
export function findOutsideSuitableList(context: CheckContext, destination: string): Cause[] {
  const suitable = context.household.placementAssessment?.suitableCodes ?? [];
  if (suitable.length === 0 || suitable.includes(destination)) return [];
  return [householdCause(context.household, destination, 'NOT_ON_SUITABLE_LIST')];
}

export const outsideSuitableList: Rule = {
  code: 'OUTSIDE_SUITABLE_LIST',
  severity: 'WARN',
  explain: inLanguages({
    en: () => 'The placement assessment lists suitable municipalities and this is not one of them.',
    sv: () => 'Placeringsbedömningen anger lämpliga kommuner, och den här kommunen är inte en av dem.',
  }),
  evaluate: findOutsideSuitableList,
  flagsAt: (context, destination) => {
    const suitable = context.household.placementAssessment?.suitableCodes ?? [];
    return suitable.length > 0 && !suitable.includes(destination) ? 'WARN' : undefined;
  },
};
