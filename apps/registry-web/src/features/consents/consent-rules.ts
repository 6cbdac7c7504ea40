import type { ConsentRecipient, ConsentStatus, SignatoryRole } from '../../gql/graphql';

/**
 * What the console tells a case worker about consents, from what the API answered. The API decides
 * (libs/checker/src/consent.ts); these mirror its rules only to explain them and to guide the form.
 */

export interface ConsentLike {
  status: ConsentStatus;
  member: { id: string };
  scope: { categories: readonly string[]; recipients: readonly ConsentRecipient[] };
}

/**
 * Who must sign for a member on a day: the member alone from 18, guardians and the member at 15–17,
 * guardians alone under 15. The register keeps a birth year only, so the age is one of two and both
 * ages' signatories are asked for (as the API does). No birth year: read as an adult.
 */
export function requiredSignatories(birthYear: number | null | undefined, onDate: string): SignatoryRole[] {
  if (birthYear === null || birthYear === undefined) return ['PERSON'];
  const year = Number(onDate.slice(0, 4));
  const oldest = year - birthYear;
  const youngest = oldest - 1;
  const roles: SignatoryRole[] = [];
  if (youngest < 18) roles.push('GUARDIAN');
  if (oldest >= 15) roles.push('PERSON');
  return roles;
}

/** What a placement discloses, and to whom: the checker's CONSENT_MISSING asks for this. */
const PLACEMENT_NEEDS = 'PLACEMENT_NEEDS';
const RECEIVING = 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES';

function coversPlacement(consent: ConsentLike): boolean {
  return consent.status === 'VALID' && consent.scope.categories.includes(PLACEMENT_NEEDS) && consent.scope.recipients.includes(RECEIVING);
}

/**
 * The members a proposal would be blocked for (CONSENT_MISSING): the defector without a valid consent
 * to share what a placement needs with the receiving social services, and every relative who has a
 * consent recorded but none valid (relatives without any record are not asked).
 */
export function membersMissingConsent(defectorId: string, relativeIds: readonly string[], consents: readonly ConsentLike[]): string[] {
  const missing: string[] = [];
  for (const id of [defectorId, ...relativeIds]) {
    const own = consents.filter((consent) => consent.member.id === id);
    if (id !== defectorId && own.length === 0) continue;
    if (!own.some(coversPlacement)) missing.push(id);
  }
  return missing;
}

/**
 * The recipients whose clearance answers are withheld ("no clearance"): a consent naming them was
 * withdrawn and no valid consent of the same member names them. Only the two municipal roles ask the
 * register anything.
 */
export function withheldRecipients(consents: readonly ConsentLike[]): ConsentRecipient[] {
  const asking: ConsentRecipient[] = ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'];
  return asking.filter((recipient) =>
    consents.some(
      (withdrawn) =>
        withdrawn.status === 'WITHDRAWN' &&
        withdrawn.scope.recipients.includes(recipient) &&
        !consents.some(
          (other) => other.member.id === withdrawn.member.id && other.status === 'VALID' && other.scope.recipients.includes(recipient),
        ),
    ),
  );
}
