/**
 * How case reads are named in audit events, so anomaly detection can count them.
 *
 * A read of a case logs `resourceType: 'case'` with the case's id. A question about one destination for
 * a case (`checkDestination`, `destinationCleared`, …) logs `resourceType: 'case.destination'` with the
 * id from `formatDestinationProbeId`: the destination there is a keyed token (a blind index from
 * @registry/crypto), never the municipality code, since a placement's municipality is protected. A plain
 * hash would not do: 290 municipalities are guessed in no time.
 */
export const CASE_RESOURCE_TYPE = 'case';
export const DESTINATION_PROBE_RESOURCE_TYPE = 'case.destination';

/**
 * A municipality's questions name no row at all. `clearance` logs `municipal.clearance` with a keyed token
 * of the proposal; `destinationCleared` logs `municipal.destination` with `formatDestinationProbeId` of a
 * keyed token of the case and one of the destination. A case or proposal id there, joined with the
 * officers' events that carry the same id, would tell an auditor a sealed case's home municipality or a
 * proposal's destination (the asking municipality is in the event's scope). The tokens are keyed under
 * purposes of their own, so they match nothing else in the log, yet the same question twice gives the
 * same id, so repeated asking still shows.
 */
export const MUNICIPAL_CLEARANCE_RESOURCE_TYPE = 'municipal.clearance';
export const MUNICIPAL_DESTINATION_RESOURCE_TYPE = 'municipal.destination';

const TOKEN = /^[A-Za-z0-9_-]+$/;

export interface DestinationProbe {
  caseId: string;
  destinationToken: string;
}

/** `<caseId>/<destinationToken>`; the token is base64url or hex, so the last "/" splits them. */
export function formatDestinationProbeId(caseId: string, destinationToken: string): string {
  if (caseId === '') throw new TypeError('caseId must not be empty');
  if (!TOKEN.test(destinationToken)) throw new TypeError('destination token must be base64url or hex');
  return `${caseId}/${destinationToken}`;
}

/** The parts of a destination-probe id, or null if it is not one. */
export function parseDestinationProbeId(resourceId: string): DestinationProbe | null {
  const slash = resourceId.lastIndexOf('/');
  if (slash < 1) return null;
  const destinationToken = resourceId.slice(slash + 1);
  return TOKEN.test(destinationToken) ? { caseId: resourceId.slice(0, slash), destinationToken } : null;
}
