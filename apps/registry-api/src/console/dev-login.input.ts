import { isRole, ROLES, type Principal } from '@registry/auth';
import { isMunicipalityCode, isPoliceRegion, POLICE_REGIONS } from '@registry/geo';
import { BadUserInputError } from '../common/errors.js';

/**
 * The development form's fields, JSON or form-encoded alike, into the identity `npm run token` would make:
 * roles [role], police_region with POLICE_REGIONAL, municipality_code with MUNICIPALITY, and the other
 * field ignored (the form always sends both). The sub names the choice, e.g. `dev-police_regional-syd`,
 * `dev-municipality-1280`, `dev-auditor`, so the audit log reads plainly. Messages name the field and the
 * values allowed, never what was sent.
 */
/** The development sign-in's officer of a region: the demo puts them on its cases' teams, so the console can open them. */
export function devRegionalOfficerSub(policeRegion: string): string {
  return `dev-police_regional-${policeRegion.toLowerCase()}`;
}

export function devLoginPrincipal(body: unknown): Principal {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const { role, policeRegion, municipalityCode } = fields;
  if (!isRole(role)) throw new BadUserInputError(`role must be one of ${ROLES.join(', ')}`);
  if (role === 'POLICE_REGIONAL') {
    if (!isPoliceRegion(policeRegion))
      throw new BadUserInputError(`policeRegion must be one of ${POLICE_REGIONS.join(', ')} for POLICE_REGIONAL`);
    return { sub: devRegionalOfficerSub(policeRegion), roles: [role], policeRegion };
  }
  if (role === 'MUNICIPALITY') {
    if (typeof municipalityCode !== 'string' || !/^\d{4}$/.test(municipalityCode) || !isMunicipalityCode(municipalityCode)) {
      throw new BadUserInputError('municipalityCode must be a known 4-digit SCB code, e.g. 1280, for MUNICIPALITY');
    }
    return { sub: `dev-municipality-${municipalityCode}`, roles: [role], municipalityCode };
  }
  return { sub: `dev-${role.toLowerCase()}`, roles: [role] };
}
