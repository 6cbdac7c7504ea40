import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import type { Rule } from '../rule.js';
import { counted, distinctCount, highestConfidence, isAre } from '../wording.js';

/** A network a household member is or was affiliated with is present in the destination during the period. */
export function findOwnNetworkPresence(context: CheckContext, destination: string): Cause[] {
  const here = context.ownPresences.get(destination);
  if (!here) return [];
  return [...here].map(([networkId, confidence]) => ({
    kind: 'NETWORK_PRESENCE',
    municipalityCode: destination,
    nearby: false,
    protectedPerson: false,
    networkId,
    confidence,
  }));
}

export const ownNetworkPresence: Rule = {
  code: 'OWN_NETWORK_PRESENCE',
  severity: 'WARN',
  explain(causes) {
    const networks = distinctCount(causes, (cause) => cause.networkId);
    return `${counted(networks, 'network', 'networks')} a household member is or was affiliated with ${isAre(networks)} present here${highestConfidence(causes)}.`;
  },
  evaluate: findOwnNetworkPresence,
};
