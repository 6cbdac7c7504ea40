import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { counted, distinctCount, highestConfidence, isAre } from '../wording.js';
import * as sv from '../wording-sv.js';
import { presenceCauses } from './presence-cause.js';

/** A network a household member is or was affiliated with is present in the destination during the period. */
export function findOwnNetworkPresence(context: CheckContext, destination: string): Cause[] {
  return presenceCauses(context.ownPresences.get(destination), destination);
}

export const ownNetworkPresence: Rule = {
  code: 'OWN_NETWORK_PRESENCE',
  severity: 'WARN',
  explain: inLanguages({
    en(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      return `${counted(networks, 'network', 'networks')} a household member is or was affiliated with ${isAre(networks)} present here${highestConfidence(causes)}.`;
    },
    sv(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      return `${counted(networks, 'nätverk', 'nätverk')} som någon i hushållet har eller har haft koppling till finns här${sv.highestConfidence(causes)}.`;
    },
  }),
  evaluate: findOwnNetworkPresence,
  flagsAt: (context, destination) => (context.ownPresences.has(destination) ? 'WARN' : undefined),
};
