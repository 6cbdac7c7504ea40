import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus } from '@registry/checker';
import { hasRole, type Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import { CaseRepository, type CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/input-rules.js';
import { requirePlainText } from '../common/plain-text.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { PlacementRepository } from '../placements/proposal.repository.js';
import { ProposalsService } from '../placements/proposals.service.js';
import { RowSealer } from '../protection/sealer.js';
import { CaseAccessService } from './case-access.service.js';
import type { BreakGlassGrant, CaseSummary, TeamMember } from './models/team.models.js';
import { TeamRepository, type BreakGlassRow, type TeamMemberRow, type TeamRole } from './team.repository.js';
import { TeamWriter } from './team-writer.js';

const MAX_OFFICER_LENGTH = 200;
const MIN_REASON_LENGTH = 3;
const MAX_REASON_LENGTH = 500;
const MAX_NOTIFICATIONS = 100;
const HOUR_MS = 3_600_000;

function requireReason(reason: string, field: string): string {
  requirePlainText(reason, field, { multiline: true });
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH || trimmed.length > MAX_REASON_LENGTH)
    throw new BadUserInputError(`${field} must be ${MIN_REASON_LENGTH} to ${MAX_REASON_LENGTH} characters`);
  return trimmed;
}

function requireOfficer(officer: string): string {
  requirePlainText(officer, 'officer');
  if (officer.length > MAX_OFFICER_LENGTH || officer.trim() !== officer)
    throw new BadUserInputError(`officer must be a token subject of at most ${MAX_OFFICER_LENGTH} characters, without surrounding spaces`);
  return officer;
}

/** Case teams, break-glass and the summary every officer of the region may read. */
@Injectable()
export class TeamsService {
  private readonly breakGlassMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly teams: TeamRepository,
    private readonly writer: TeamWriter,
    private readonly access: CaseAccessService,
    private readonly placements: PlacementRepository,
    private readonly proposals: ProposalsService,
  ) {
    this.breakGlassMs = config.breakGlassHours * HOUR_MS;
  }

  private toMember(key: DataKey, row: TeamMemberRow): TeamMember {
    const sealer = new RowSealer(key, 'case_team_member', row.id);
    return {
      id: row.id,
      officer: sealer.open('officer', row.officer_sealed),
      role: row.role,
      reason: sealer.open('reason', row.reason_sealed),
      addedBy: sealer.open('added_by', row.added_by_sealed),
      addedAt: row.added_at,
    };
  }

  private toGrant(key: DataKey, caseRow: CaseRow, row: BreakGlassRow): BreakGlassGrant {
    const sealer = new RowSealer(key, 'break_glass', row.id);
    return {
      id: row.id,
      caseId: caseRow.id,
      caseReference: caseRow.reference,
      officer: sealer.open('officer', row.officer_sealed),
      reason: sealer.open('reason', row.reason_sealed),
      grantedAt: row.granted_at,
      expiresAt: row.expires_at,
    };
  }

  /** Resolved under a Case the caller was already admitted to in detail. */
  async team(m: EntityManager, caseRow: CaseRow): Promise<TeamMember[]> {
    const key = await this.cases.caseKey(m, caseRow);
    return (await this.teams.currentMembers(m, caseRow.id)).map((row) => this.toMember(key, row));
  }

  async addMember(principal: Principal, caseId: string, officer: string, role: TeamRole, reason: string): Promise<TeamMember> {
    requireOfficer(officer);
    const why = requireReason(reason, 'reason');
    return this.uow.transaction(async (m) => {
      const row = await this.cases.visibleRow(m, principal, caseId, true);
      await this.requireTeamManager(m, principal, row);
      const key = await this.cases.caseKey(m, row);
      const id = await this.writer.add(m, key, row.id, officer, role, why, principal.sub);
      const added = (await this.teams.currentMember(m, row.id, id)) as TeamMemberRow;
      return this.toMember(key, added);
    });
  }

  private async requireTeamManager(m: EntityManager, principal: Principal, row: CaseRow): Promise<void> {
    if (!(await this.access.mayManageTeam(m, principal, row)))
      throw new ForbiddenError('Only the case’s team decides its team; break-glass gives reading access only');
  }

  async removeMember(principal: Principal, caseId: string, memberId: string, reason: string): Promise<boolean> {
    const why = requireReason(reason, 'reason');
    return this.uow.transaction(async (m) => {
      const row = await this.cases.visibleRow(m, principal, caseId, true);
      await this.requireTeamManager(m, principal, row);
      const member = isUuid(memberId) ? await this.teams.currentMember(m, row.id, memberId) : undefined;
      if (!member) throw new NotFoundError('Team member not found');
      const current = await this.teams.currentMembers(m, row.id);
      // Continuity: a case always has someone answerable for it; name the next one before removing the last.
      if (member.role === 'RESPONSIBLE_OFFICER' && current.filter((t) => t.role === 'RESPONSIBLE_OFFICER').length === 1)
        throw new BadUserInputError('The case’s only responsible officer cannot be removed; add another first');
      const key = await this.cases.caseKey(m, row);
      const sealer = new RowSealer(key, 'case_team_member', member.id);
      await this.teams.remove(m, member.id, sealer.seal('removed_by', principal.sub), sealer.seal('removal_reason', why));
      return true;
    });
  }

  async breakGlass(principal: Principal, caseId: string, reason: string): Promise<BreakGlassGrant> {
    const why = requireReason(reason, 'reason');
    return this.uow.transaction(async (m) => {
      const row = await this.cases.summaryRow(m, principal, caseId);
      if (!hasRole(principal, 'POLICE_REGIONAL') || hasRole(principal, 'POLICE_NATIONAL'))
        throw new ForbiddenError('Break-glass is for regional officers outside a case’s team');
      if ((await this.access.level(m, principal, row)) === 'DETAILS')
        throw new BadUserInputError('You already have access to this case’s details');
      const key = await this.cases.caseKey(m, row);
      const id = randomUUID();
      const sealer = new RowSealer(key, 'break_glass', id);
      const granted = await this.teams.insertBreakGlass(
        m,
        {
          id,
          case_id: row.id,
          officer_token: this.access.officerToken(principal.sub),
          officer_sealed: sealer.seal('officer', principal.sub),
          reason_sealed: sealer.seal('reason', why),
        },
        this.breakGlassMs,
      );
      return this.toGrant(key, row, granted);
    });
  }

  /** Break-glass grants on the caller's cases (as responsible officer), newest first. */
  async notifications(principal: Principal): Promise<BreakGlassGrant[]> {
    const m = this.uow.manager;
    const grants = await this.teams.grantsOnCasesOf(m, this.access.officerToken(principal.sub), MAX_NOTIFICATIONS);
    const out: BreakGlassGrant[] = [];
    for (const grant of grants) {
      const caseRow = (await this.caseRows.find(m, grant.case_id)) as CaseRow;
      out.push(this.toGrant(await this.cases.caseKey(m, caseRow), caseRow, grant));
    }
    return out;
  }

  async summary(principal: Principal, id: string): Promise<CaseSummary> {
    const m = this.uow.manager;
    const row = await this.cases.summaryRow(m, principal, id);
    return this.toSummary(m, row, (await this.access.level(m, principal, row)) === 'DETAILS' ? 'DETAILS' : 'SUMMARY');
  }

  async summaries(principal: Principal, status: CaseStatus | null): Promise<CaseSummary[]> {
    const m = this.uow.manager;
    const national = hasRole(principal, 'POLICE_NATIONAL');
    const region = national ? null : (principal.policeRegion ?? null);
    if (!national && !region) return [];
    const rows = await this.caseRows.list(m, region, status);
    const levels = await this.access.levels(m, principal, rows);
    const out: CaseSummary[] = [];
    for (const [i, row] of rows.entries()) out.push(await this.toSummary(m, row, levels[i] === 'DETAILS' ? 'DETAILS' : 'SUMMARY'));
    return out;
  }

  private async toSummary(m: EntityManager, row: CaseRow, access: 'DETAILS' | 'SUMMARY'): Promise<CaseSummary> {
    const key = await this.cases.caseKey(m, row);
    const proposals = await this.placements.proposalsOf(m, row.id);
    return {
      id: row.id,
      reference: row.reference,
      region: row.region,
      status: row.status,
      access,
      checks: proposals.map((proposal) => {
        const stored = this.proposals.storedCheck(key, proposal);
        return {
          proposalStatus: proposal.status,
          cleared: stored.cleared,
          flags: stored.flags.map((flag) => ({ code: flag.code, severity: flag.severity })),
          checkedAt: new Date(stored.checkedAt),
        };
      }),
    };
  }
}
