import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';
import * as sv from '../wording-sv.js';
import { PLACED_OR_CLEARED, PLACED_OR_CLEARED_SV, occupantCause } from './occupant-cause.js';

/**
 * Any other protected person placed or reserved in the destination during the period, rival or not:
 * defectors should not share a place, and one can inform on another. One cause per person.
 */
export function findCoPlacements(context: CheckContext, destination: string): Cause[] {
  return context.occupantsAt(destination).map((occupant) => occupantCause(occupant, false));
}

export const coPlacement: Rule = {
  code: 'CO_PLACEMENT',
  severity: 'WARN',
  explain: inLanguages({
    en: (causes) =>
      personSentence(causes, {
        singular: 'other protected person',
        plural: 'other protected persons',
        qualifier: '',
        verb: PLACED_OR_CLEARED,
        nearby: false,
      }),
    sv: (causes) =>
      sv.personSentence(causes, {
        singular: 'annan skyddad person',
        plural: 'andra skyddade personer',
        qualifier: '',
        verb: PLACED_OR_CLEARED_SV,
        motion: true,
        nearby: false,
      }),
  }),
  evaluate: findCoPlacements,
  flagsAt: (context, destination) => (context.occupancySummary().occupied(destination) ? 'WARN' : undefined),
};
