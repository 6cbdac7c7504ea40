/**
 * The one rule of who may see a protected record. Everything a caller names by id (a case, a person, a
 * proposal, a placement, an alert, a link) is resolved to the police regions it belongs to and passed
 * through `maySee`; anything that fails answers exactly as a record that does not exist.
 *
 * National coordination sees everything. A regional unit sees what belongs to its own region: a case by its
 * region; a person by the regions of the cases whose household they are in, or, outside every case, by the
 * region that registered them (a person registered by national coordination belongs to no region).
 * Municipalities and auditors see no protected record at all.
 */
import { hasRole, type Principal } from '@registry/auth';
import type { PoliceRegion } from '@registry/geo';

export function maySee(principal: Principal, regions: readonly PoliceRegion[]): boolean {
  if (hasRole(principal, 'POLICE_NATIONAL')) return true;
  if (!hasRole(principal, 'POLICE_REGIONAL') || principal.policeRegion === undefined) return false;
  return regions.includes(principal.policeRegion);
}

/** The regions a person belongs to: their cases' regions, else the registering region, else none. */
export function personRegions(caseRegions: readonly PoliceRegion[], registeredRegion: PoliceRegion | null): PoliceRegion[] {
  if (caseRegions.length > 0) return [...new Set(caseRegions)];
  return registeredRegion === null ? [] : [registeredRegion];
}
