import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';
import * as sv from '../wording-sv.js';
import { PLACED_OR_CLEARED, PLACED_OR_CLEARED_SV, occupantCause } from './occupant-cause.js';

/**
 * A protected person of another household, affiliated (now or before) with a network in conflict with this
 * household, is placed or reserved in the destination during the period. One cause per person.
 */
export function findRivalPlacements(context: CheckContext, destination: string): Cause[] {
  return context
    .occupantsAt(destination)
    .filter((occupant) => occupant.rivalNetworkId !== undefined)
    .map((occupant) => {
      const cause = occupantCause(occupant, false);
      cause.networkId = occupant.rivalNetworkId!;
      return cause;
    });
}

export const rivalPlacement: Rule = {
  code: 'RIVAL_PLACEMENT',
  severity: 'BLOCK',
  explain: inLanguages({
    en: (causes) =>
      personSentence(causes, {
        singular: 'protected person',
        plural: 'protected persons',
        qualifier: ' affiliated with a rival network',
        verb: PLACED_OR_CLEARED,
        nearby: false,
      }),
    sv: (causes) =>
      sv.personSentence(causes, {
        singular: 'skyddad person',
        plural: 'skyddade personer',
        qualifier: ' med koppling till ett rivaliserande nätverk',
        verb: PLACED_OR_CLEARED_SV,
        motion: true,
        nearby: false,
      }),
  }),
  evaluate: findRivalPlacements,
  flagsAt: (context, destination) => (context.occupancySummary().rivalsAt(destination) ? 'BLOCK' : undefined),
};
