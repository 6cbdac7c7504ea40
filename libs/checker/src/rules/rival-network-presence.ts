import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';
import { counted, distinctCount, highestConfidence, isAre } from '../wording.js';
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

export const rivalNetworkPresence: Rule = {
  code: 'RIVAL_NETWORK_PRESENCE',
  severity: 'BLOCK',
  explain(causes) {
    const networks = distinctCount(causes, (cause) => cause.networkId);
    const named = distinctCount(
      causes.filter((cause) => cause.namedThreat === true),
      (cause) => cause.networkId,
    );
    const namedNote = named > 0 ? ` (${named} named in the threat assessment)` : '';
    return `${counted(networks, 'network', 'networks')} in conflict with the household${namedNote} ${isAre(networks)} present here${highestConfidence(causes)}.`;
  },
  evaluate: findRivalNetworkPresence,
};
