import type { Cause, CauseView } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { counted, distinctCount, highestConfidence, isAre } from '../wording.js';
import * as sv from '../wording-sv.js';
import { presenceCauses } from './presence-cause.js';

/**
 * A network in conflict with the household is present in the destination during the period, at any
 * confidence: a rival (one RIVAL step) of a network a member is or was affiliated with, or a network the
 * threat assessment names. One cause per network, carrying its strongest confidence here.
 */
export function findRivalNetworkPresence(context: CheckContext, destination: string): Cause[] {
  return presenceCauses(context.rivalPresences.get(destination), destination, (networkId) => ({
    namedThreat: context.rivalNetworks.get(networkId)?.namedThreat ?? false,
  }));
}

/** How many of the networks the threat assessment names. */
function namedCount(causes: readonly CauseView[]): number {
  return distinctCount(
    causes.filter((cause) => cause.namedThreat === true),
    (cause) => cause.networkId,
  );
}

export const rivalNetworkPresence: Rule = {
  code: 'RIVAL_NETWORK_PRESENCE',
  severity: 'BLOCK',
  explain: inLanguages({
    en(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      const named = namedCount(causes);
      const namedNote = named > 0 ? ` (${named} named in the threat assessment)` : '';
      return `${counted(networks, 'network', 'networks')} in conflict with the household${namedNote} ${isAre(networks)} present here${highestConfidence(causes)}.`;
    },
    sv(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      const named = namedCount(causes);
      const namedNote = named > 0 ? ` (${counted(named, 'utpekat', 'utpekade')} i hotbedömningen)` : '';
      return `${counted(networks, 'nätverk', 'nätverk')} i konflikt med hushållet${namedNote} finns här${sv.highestConfidence(causes)}.`;
    },
  }),
  evaluate: findRivalNetworkPresence,
  flagsAt: (context, destination) => (context.rivalPresences.has(destination) ? 'BLOCK' : undefined),
};
