import { isPoliceRegion, type PoliceRegion } from '@registry/geo';
import { AuthenticationError } from './errors.js';
import { isRole, type Role } from './roles.js';

/** Who is asking: built once per request from a verified token, never from anything else. */
export interface Principal {
  /** the person's stable id (JWT `sub`) */
  readonly sub: string;
  readonly roles: readonly Role[];
  /** set exactly when the roles include POLICE_REGIONAL */
  readonly policeRegion?: PoliceRegion;
  /** set exactly when the roles include MUNICIPALITY */
  readonly municipalityCode?: string;
}

export type MunicipalityCodeCheck = (code: string) => boolean;

const MAX_SUB_LENGTH = 200;

/**
 * Claims to Principal. Anything odd is a refusal rather than a partial principal: a regional officer
 * without a region, or a municipality without a known code, would otherwise fall through scope checks.
 */
export function principalFromClaims(claims: Record<string, unknown>, isKnownMunicipality: MunicipalityCodeCheck): Principal {
  const { sub, roles, police_region: region, municipality_code: municipality } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUB_LENGTH) {
    throw new AuthenticationError('sub missing or malformed');
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new AuthenticationError('roles missing or unknown');
  }
  const uniqueRoles = [...new Set(roles as Role[])];
  const principal: { sub: string; roles: Role[]; policeRegion?: PoliceRegion; municipalityCode?: string } = {
    sub,
    roles: uniqueRoles,
  };
  if (uniqueRoles.includes('POLICE_REGIONAL')) {
    if (!isPoliceRegion(region)) throw new AuthenticationError('POLICE_REGIONAL without a valid police_region');
    principal.policeRegion = region;
  }
  if (uniqueRoles.includes('MUNICIPALITY')) {
    if (typeof municipality !== 'string' || !/^\d{4}$/.test(municipality) || !isKnownMunicipality(municipality)) {
      throw new AuthenticationError('MUNICIPALITY without a known municipality_code');
    }
    principal.municipalityCode = municipality;
  }
  return principal;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
