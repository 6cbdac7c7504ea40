import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CaseStatus } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { CaseRepository } from '../cases/case.repository.js';
import { Case } from '../cases/models/case.model.js';
import { CaseStatusEnum } from '../common/graphql-enums.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { BreakGlassGrant, CaseSummary, TeamMember, TeamRoleEnum } from './models/team.models.js';
import type { TeamRole } from './team.repository.js';
import { TeamsService } from './teams.service.js';

/** Police: who works a case, break-glass, and what the rest of the region may know of a case. */
@Resolver(() => TeamMember)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class TeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @Query(() => CaseSummary, {
    nullable: true,
    description: "any case of the caller's region (national: any): existence, status, checker results",
  })
  caseSummary(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<CaseSummary> {
    return this.service.summary(principal, id);
  }

  @Query(() => [CaseSummary], {
    description: 'regional: every case of the own region, whatever the team; `cases` lists those whose details the caller reads',
  })
  caseSummaries(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => CaseStatusEnum, nullable: true }) status?: CaseStatus | null,
  ): Promise<CaseSummary[]> {
    return this.service.summaries(principal, status ?? null);
  }

  @Query(() => [BreakGlassGrant], {
    description: 'break-glass grants on the cases the caller is responsible officer of, newest first (at most 100)',
  })
  notifications(@CurrentPrincipal() principal: Principal): Promise<BreakGlassGrant[]> {
    return this.service.notifications(principal);
  }

  @Mutation(() => TeamMember, { description: "by the case's team or national coordination; the reason is kept with the membership" })
  addTeamMember(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('officer', { description: 'the officer’s token subject (JWT sub)' }) officer: string,
    @Args('role', { type: () => TeamRoleEnum }) role: TeamRole,
    @Args('reason') reason: string,
  ): Promise<TeamMember> {
    return this.service.addMember(principal, caseId, officer, role, reason);
  }

  @Mutation(() => Boolean, {
    description: 'the membership ends (kept as history, with who and why); the only responsible officer stays until another is added',
  })
  removeTeamMember(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    return this.service.removeMember(principal, caseId, memberId, reason);
  }

  @Mutation(() => BreakGlassGrant, {
    description:
      "A regional officer outside the case's team reads its details for BREAK_GLASS_HOURS (default 8): the reason is required; auditors see it at once (BREAK_GLASS anomaly), the responsible officer in notifications",
  })
  @Roles('POLICE_REGIONAL')
  breakGlass(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('reason') reason: string,
  ): Promise<BreakGlassGrant> {
    return this.service.breakGlass(principal, caseId, reason);
  }
}

/** Case.team, under the query that already admitted the caller to the case's details. */
@Resolver(() => Case)
export class CaseTeamResolver {
  constructor(
    private readonly service: TeamsService,
    private readonly caseRows: CaseRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => [TeamMember])
  async team(@Parent() parent: Case): Promise<TeamMember[]> {
    const row = await this.caseRows.find(this.uow.manager, parent.id);
    if (!row) throw new Error('case vanished while resolving');
    return this.service.team(this.uow.manager, row);
  }
}
