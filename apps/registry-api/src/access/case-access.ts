/**
 * Access follows assignment: how much of one case a caller may read, beyond need-to-know's "may this
 * caller know the case exists at all" (maySee).
 *
 * - NONE: another region's case, or a caller outside the police. Answered as a case that does not exist.
 * - SUMMARY: an officer of the case's region who is not on its team: the case exists, its status and its
 *   checker results (flag codes), nothing protected (household, home municipality, assessments,
 *   destinations). More only through break-glass.
 * - DETAILS: national coordination; a team member; an officer with an unexpired break-glass grant; or,
 *   with CASE_ACCESS=region, every officer of the region (the behaviour before teams).
 */
import { hasRole, type Principal } from '@registry/auth';
import type { PoliceRegion } from '@registry/geo';
import { maySee } from './need-to-know.js';

export type CaseAccessMode = 'team' | 'region';
export type CaseAccessLevel = 'NONE' | 'SUMMARY' | 'DETAILS';

export interface CaseAccessFacts {
  region: PoliceRegion;
  /** the caller is a current (not removed) member of the case's team */
  onTeam: boolean;
  /** the caller holds a break-glass grant for the case that has not expired */
  breakGlass: boolean;
}

export function caseAccess(principal: Principal, facts: CaseAccessFacts, mode: CaseAccessMode): CaseAccessLevel {
  if (hasRole(principal, 'POLICE_NATIONAL')) return 'DETAILS';
  if (!maySee(principal, [facts.region])) return 'NONE';
  if (mode === 'region' || facts.onTeam || facts.breakGlass) return 'DETAILS';
  return 'SUMMARY';
}

/** Whether the answer depends on team membership or break-glass at all: lets callers skip the lookup. */
export function needsTeamFacts(principal: Principal, region: PoliceRegion, mode: CaseAccessMode): boolean {
  return mode === 'team' && !hasRole(principal, 'POLICE_NATIONAL') && maySee(principal, [region]);
}
