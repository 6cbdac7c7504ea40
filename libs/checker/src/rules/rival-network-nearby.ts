import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { counted, distinctCount, highestConfidence, isAre } from '../wording.js';
import * as sv from '../wording-sv.js';

/**
 * A network in conflict with the household, with REGIONAL or wider reach, is present near the destination
 * (not in it). A network already present in the destination is flagged there and not again here. One cause
 * per network and nearby municipality.
 */
export function findRivalNetworkNearby(context: CheckContext, destination: string): Cause[] {
  const here = context.rivalPresences.get(destination);
  const causes: Cause[] = [];
  for (const code of context.nearby(destination)) {
    for (const [networkId, confidence] of context.rivalPresences.get(code) ?? []) {
      const network = context.rivalNetworks.get(networkId);
      if (!network?.reachesBeyondLocal || here?.has(networkId)) continue;
      causes.push({
        kind: 'NETWORK_PRESENCE',
        municipalityCode: code,
        nearby: true,
        protectedPerson: false,
        networkId,
        confidence,
        namedThreat: network.namedThreat,
      });
    }
  }
  return causes;
}

/** A far-reaching rival network is present near the destination and not in it. */
function rivalNetworkNear(context: CheckContext, destination: string): boolean {
  const here = context.rivalPresences.get(destination);
  for (const code of context.nearby(destination)) {
    for (const networkId of context.rivalPresences.get(code)?.keys() ?? []) {
      if (context.rivalNetworks.get(networkId)?.reachesBeyondLocal && !here?.has(networkId)) return true;
    }
  }
  return false;
}

export const rivalNetworkNearby: Rule = {
  code: 'RIVAL_NETWORK_NEARBY',
  severity: 'WARN',
  explain: inLanguages({
    en(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      const places = distinctCount(causes, (cause) => cause.municipalityCode);
      return `${counted(networks, 'network', 'networks')} in conflict with the household, with regional or wider reach, ${isAre(networks)} present in ${counted(places, 'nearby municipality', 'nearby municipalities')}${highestConfidence(causes)}.`;
    },
    sv(causes) {
      const networks = distinctCount(causes, (cause) => cause.networkId);
      const places = distinctCount(causes, (cause) => cause.municipalityCode);
      return `${counted(networks, 'nätverk', 'nätverk')} i konflikt med hushållet, med regional eller större räckvidd, finns i ${counted(places, 'närliggande kommun', 'närliggande kommuner')}${sv.highestConfidence(causes)}.`;
    },
  }),
  evaluate: findRivalNetworkNearby,
  flagsAt: (context, destination) => (rivalNetworkNear(context, destination) ? 'WARN' : undefined),
};
