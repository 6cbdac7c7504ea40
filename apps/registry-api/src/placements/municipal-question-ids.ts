import { formatDestinationProbeId } from '@registry/audit';
import { keyedToken, type KeyRing } from '@registry/crypto';

/*
 * Audit ids of a municipality's questions: keyed tokens, never a proposal or case id. Each purpose label
 * keys its own tokens, so none of them equals a token anywhere else (the probe table's, another question
 * type's). The asking municipality is part of the keyed value: the destination and the home municipality
 * asking about one clearance get different ids, so an auditor cannot pair the two places of a proposal
 * either; one municipality asking the same question twice gets the same id, so repeated asking shows.
 */
const CLEARANCE_PURPOSE = 'audit.municipal.clearance';
const CASE_PURPOSE = 'audit.municipal.case';
const DESTINATION_PURPOSE = 'audit.municipal.destination';

function token(ring: KeyRing, purpose: string, value: string): string {
  return Buffer.from(keyedToken(ring, purpose, value)).toString('hex');
}

/** `clearance` asked by `municipalityCode` about a proposal. */
export function clearanceQuestionId(ring: KeyRing, municipalityCode: string, proposalId: string): string {
  return token(ring, CLEARANCE_PURPOSE, `${municipalityCode}:${proposalId}`);
}

/** `destinationCleared` asked by `municipalityCode` about a destination for a case: `<case token>/<destination token>`. */
export function destinationQuestionId(ring: KeyRing, municipalityCode: string, caseId: string, destination: string): string {
  return formatDestinationProbeId(
    token(ring, CASE_PURPOSE, `${municipalityCode}:${caseId}`),
    token(ring, DESTINATION_PURPOSE, `${caseId}:${destination}`),
  );
}
