import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import type { PoliceRegion } from '@registry/geo';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { CaseRepository, type CaseRow } from '../cases/case.repository.js';
import { Case } from '../cases/models/case.model.js';
import { PoliceRegionEnum } from '../common/graphql-enums.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { CaseSummary } from '../teams/models/team.models.js';
import type { CaseStage, ClosureReason } from './case-stages.js';
import { AssessmentStepInput, FollowUpInput } from './dto/lifecycle.inputs.js';
import { LifecycleService } from './lifecycle.service.js';
import { AssessmentStep, CaseStageEnum, CaseTransition, ClosureReasonEnum, FollowUp } from './models/lifecycle.models.js';

const REASON = { description: 'why: kept sealed with the case in its history' };

/** A case's stage and the operations that move it (docs/case-lifecycle.md). */
@Resolver(() => Case)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class LifecycleResolver {
  constructor(
    private readonly service: LifecycleService,
    private readonly caseRows: CaseRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @Mutation(() => Case, {
    description:
      "Moves the case to another stage by hand, as CaseStage's table allows (Case.nextStages): ASSESSING, ELIGIBLE (completed threat and placement assessments, every eligibility criterion met), PROPOSED (a CLEARED or OVERRIDDEN proposal), PLACED (a running placement), FOLLOW_UP (every placement ended). By those who read the case's details. An illegal move is BAD_USER_INPUT and changes nothing.",
  })
  transitionCase(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('to', { type: () => CaseStageEnum }) to: CaseStage,
    @Args('reason', REASON) reason: string,
  ): Promise<Case> {
    return this.service.transition(principal, caseId, to, reason);
  }

  @Mutation(() => Case, {
    description:
      'Closes the case from any open stage with a closure reason (Case.status becomes COMPLETED or ABORTED as ClosureReason says). A follow-up still due stays due.',
  })
  closeCaseWithReason(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('closureReason', { type: () => ClosureReasonEnum }) closureReason: ClosureReason,
    @Args('reason', REASON) reason: string,
  ): Promise<Case> {
    return this.service.close(principal, caseId, closureReason, reason);
  }

  @Mutation(() => Case, {
    description:
      'Reopens a closed case in ASSESSING, or in PLACED while one of its placements is still running; refused while the defector has another open case',
  })
  reopenCase(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('reason', REASON) reason: string,
  ): Promise<Case> {
    return this.service.reopen(principal, caseId, reason);
  }

  @Mutation(() => Case, {
    description:
      "National coordination only: moves an open case to another police region (stage unchanged). The receiving region's officers read it once national coordination adds one of them to its team (addTeamMember).",
  })
  @Roles('POLICE_NATIONAL')
  transferCase(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('toRegion', { type: () => PoliceRegionEnum }) toRegion: PoliceRegion,
    @Args('reason', REASON) reason: string,
  ): Promise<Case> {
    return this.service.transfer(principal, caseId, toRegion, reason);
  }

  @Mutation(() => Case, {
    description: "Asks national coordination to act on the case (Case.escalated until the case's next change); stage unchanged",
  })
  escalateCase(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('reason', REASON) reason: string,
  ): Promise<Case> {
    return this.service.escalate(principal, caseId, reason);
  }

  @Mutation(() => Case, {
    description: 'Records that a threat or placement assessment is required, or was completed (instrument, assessor, dates)',
  })
  recordAssessmentStep(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: AssessmentStepInput,
  ): Promise<Case> {
    return this.service.recordAssessmentStep(principal, caseId, input);
  }

  @Mutation(() => Case, {
    description: 'Records the follow-up due after the placements ended (outcome, housing, income, relapse, whether the threat stands)',
  })
  recordFollowUp(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: FollowUpInput,
  ): Promise<Case> {
    return this.service.recordFollowUp(principal, caseId, input);
  }

  private async row(parent: Case): Promise<CaseRow> {
    const row = await this.caseRows.find(this.uow.manager, parent.id);
    if (!row) throw new Error('case vanished while resolving');
    return row;
  }

  @ResolveField(() => CaseStageEnum, { description: 'where the work on the case stands; Case.status keeps the contract’s meaning' })
  async stage(@Parent() parent: Case): Promise<CaseStage> {
    return this.service.stage(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => ClosureReasonEnum, { nullable: true, description: 'why the case closed; null while it is open' })
  async closureReason(@Parent() parent: Case): Promise<ClosureReason | null> {
    return this.service.closureReason(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => [CaseStageEnum], { description: 'the stages transitionCase accepts now (the table and its guards)' })
  async nextStages(@Parent() parent: Case): Promise<CaseStage[]> {
    return this.service.allowedStages(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => Boolean, {
    description: 'the team has asked national coordination to act (escalateCase) and nothing has happened since',
  })
  async escalated(@Parent() parent: Case): Promise<boolean> {
    return this.service.escalated(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => [CaseTransition], { description: 'every change of stage, region or escalation, oldest first, with who and why' })
  async history(@Parent() parent: Case): Promise<CaseTransition[]> {
    return this.service.history(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => [AssessmentStep], { description: 'assessments required and completed, oldest first' })
  async assessmentSteps(@Parent() parent: Case): Promise<AssessmentStep[]> {
    return this.service.steps(this.uow.manager, await this.row(parent));
  }

  @ResolveField(() => [FollowUp], { description: 'follow-ups due and recorded, by due day' })
  async followUps(@Parent() parent: Case): Promise<FollowUp[]> {
    return this.service.followUps(this.uow.manager, await this.row(parent));
  }
}

/** CaseSummary.stage: what every officer of the region may know of where a case stands. */
@Resolver(() => CaseSummary)
export class CaseSummaryStageResolver {
  constructor(
    private readonly service: LifecycleService,
    private readonly caseRows: CaseRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => CaseStageEnum, { description: 'where the work on the case stands' })
  async stage(@Parent() parent: CaseSummary): Promise<CaseStage> {
    const row = await this.caseRows.find(this.uow.manager, parent.id);
    if (!row) throw new Error('case vanished while resolving');
    return this.service.stage(this.uow.manager, row);
  }
}
