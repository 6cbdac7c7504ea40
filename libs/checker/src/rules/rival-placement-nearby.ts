import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';
import * as sv from '../wording-sv.js';
import { PLACED_OR_CLEARED, PLACED_OR_CLEARED_SV, occupantCause } from './occupant-cause.js';

/**
 * The same as RIVAL_PLACEMENT, near the destination. A person already flagged in the destination is not
 * flagged again; a person in several nearby municipalities gives one cause, at the nearest.
 */
export function findRivalPlacementsNearby(context: CheckContext, destination: string): Cause[] {
  const seen = new Set(context.rivalOccupantsAt(destination).map((occupant) => occupant.personId));
  const causes: Cause[] = [];
  for (const code of context.nearby(destination)) {
    for (const occupant of context.rivalOccupantsAt(code)) {
      if (seen.has(occupant.personId)) continue;
      seen.add(occupant.personId);
      const cause = occupantCause(occupant, true);
      cause.networkId = occupant.rivalNetworkId;
      causes.push(cause);
    }
  }
  return causes;
}

/** Some rival person stands near the destination who does not stand in it. */
function rivalNearby(context: CheckContext, destination: string): boolean {
  const summary = context.occupancySummary();
  const here = summary.rivalsAt(destination);
  for (const code of context.nearby(destination)) {
    for (const personId of summary.rivalsAt(code)?.keys() ?? []) if (!here?.has(personId)) return true;
  }
  return false;
}

export const rivalPlacementNearby: Rule = {
  code: 'RIVAL_PLACEMENT_NEARBY',
  severity: 'WARN',
  explain: inLanguages({
    en: (causes) =>
      personSentence(causes, {
        singular: 'protected person',
        plural: 'protected persons',
        qualifier: ' affiliated with a rival network',
        verb: PLACED_OR_CLEARED,
        nearby: true,
      }),
    sv: (causes) =>
      sv.personSentence(causes, {
        singular: 'skyddad person',
        plural: 'skyddade personer',
        qualifier: ' med koppling till ett rivaliserande nätverk',
        verb: PLACED_OR_CLEARED_SV,
        motion: true,
        nearby: true,
      }),
  }),
  evaluate: findRivalPlacementsNearby,
  flagsAt: (context, destination) => (rivalNearby(context, destination) ? 'WARN' : undefined),
};
