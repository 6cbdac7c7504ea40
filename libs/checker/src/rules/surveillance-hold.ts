import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';

/**
 * A police surveillance interest in any household member blocks every destination. One cause whatever the
 * number of held members, and never the member or the reason: neither may leave the police.
 */
export function findSurveillanceHold(context: CheckContext, destination: string): Cause[] {
  if (!context.household.members.some((member) => member.surveillanceHold)) return [];
  return [householdCause(context.household, destination, 'SURVEILLANCE_HOLD')];
}

export const surveillanceHold: Rule = {
  code: 'SURVEILLANCE_HOLD',
  severity: 'BLOCK',
  explain: inLanguages({
    en: () => 'A police hold applies to this household; no reason is given.',
    sv: () => 'En polisiär spärr gäller för hushållet; inget skäl anges.',
  }),
  evaluate: findSurveillanceHold,
  flagsAt: (context) => (context.household.members.some((member) => member.surveillanceHold) ? 'BLOCK' : undefined),
};
