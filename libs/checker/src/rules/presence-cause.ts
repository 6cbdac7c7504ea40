import type { Cause } from '../cause.js';
import type { Confidence } from '../vocabulary.js';

/** One cause per network present in the destination, with its strongest confidence there. */
export function presenceCauses(
  here: ReadonlyMap<string, Confidence> | undefined,
  destination: string,
  extra: (networkId: string) => Partial<Cause> = () => ({}),
): Cause[] {
  if (!here) return [];
  return [...here].map(([networkId, confidence]) => ({
    kind: 'NETWORK_PRESENCE',
    municipalityCode: destination,
    nearby: false,
    protectedPerson: false,
    networkId,
    confidence,
    ...extra(networkId),
  }));
}
