import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { keyedToken } from '@registry/crypto';
import type { Principal } from '@registry/auth';
import type { PoliceRegion } from '@registry/geo';
import { caseAccess, needsTeamFacts, type CaseAccessLevel, type CaseAccessMode } from '../access/case-access.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { TeamRepository } from './team.repository.js';

/** Purpose of the keyed token that stands for an officer in case_team_member and break_glass. */
const OFFICER_TOKEN_PURPOSE = 'case-team.officer';

/** Looks up the facts `caseAccess` needs (team membership, break-glass) only when they can change the answer. */
@Injectable()
export class CaseAccessService {
  readonly mode: CaseAccessMode;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keyRing: KeyRingHolder,
    private readonly teams: TeamRepository,
  ) {
    this.mode = config.caseAccess;
  }

  officerToken(sub: string): Buffer {
    return Buffer.from(keyedToken(this.keyRing.current, OFFICER_TOKEN_PURPOSE, sub));
  }

  async level(m: EntityManager, principal: Principal, row: { id: string; region: PoliceRegion }): Promise<CaseAccessLevel> {
    if (!needsTeamFacts(principal, row.region, this.mode))
      return caseAccess(principal, { region: row.region, onTeam: false, breakGlass: false }, this.mode);
    const token = this.officerToken(principal.sub);
    const onTeam = await this.teams.isMember(m, row.id, token);
    const breakGlass = !onTeam && (await this.teams.hasActiveBreakGlass(m, row.id, token));
    return caseAccess(principal, { region: row.region, onTeam, breakGlass }, this.mode);
  }

  /**
   * A household member's protected details (names, identity number) are the case's: an officer of the
   * region reads them only through a case of theirs (team or break-glass). A person in no case of the
   * caller's region (a threat actor, someone registered and not yet in a case) is left to need-to-know.
   */
  async mayReadPerson(m: EntityManager, principal: Principal, personId: string): Promise<boolean> {
    const region = principal.policeRegion;
    if (region === undefined || !needsTeamFacts(principal, region, this.mode)) return true;
    const cases = await this.teams.householdCasesInRegion(m, personId, region);
    if (cases.length === 0) return true;
    const assigned = await this.teams.assignedCaseIds(m, this.officerToken(principal.sub));
    return cases.some((id) => assigned.has(id));
  }

  /**
   * Who decides a case's team: its members (and national coordination, and with CASE_ACCESS=region anyone of
   * the region). Not a break-glass reader: time-limited access must not make itself permanent.
   */
  async mayManageTeam(m: EntityManager, principal: Principal, row: { id: string; region: PoliceRegion }): Promise<boolean> {
    if (!needsTeamFacts(principal, row.region, this.mode))
      return caseAccess(principal, { region: row.region, onTeam: false, breakGlass: false }, this.mode) === 'DETAILS';
    return this.teams.isMember(m, row.id, this.officerToken(principal.sub));
  }

  /** `level` for many cases at once: one query for the caller's assignments. */
  async levels(m: EntityManager, principal: Principal, rows: readonly { id: string; region: PoliceRegion }[]): Promise<CaseAccessLevel[]> {
    const needed = rows.some((row) => needsTeamFacts(principal, row.region, this.mode));
    const assigned = needed ? await this.teams.assignedCaseIds(m, this.officerToken(principal.sub)) : new Set<string>();
    // Membership and break-glass are folded together here: both give DETAILS, and the rule treats them alike.
    return rows.map((row) => caseAccess(principal, { region: row.region, onTeam: assigned.has(row.id), breakGlass: false }, this.mode));
  }
}
