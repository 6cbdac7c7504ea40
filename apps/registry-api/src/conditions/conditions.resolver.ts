import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { Case } from '../cases/models/case.model.js';
import { listOf } from '../common/query-cost.js';
import type { RegistryRequest } from '../common/request-context.js';
import { DateScalar } from '../common/scalars.js';
import { ConditionsService, MAX_CONDITIONS_PER_CASE } from './conditions.service.js';
import { AddConditionInput, RecordComplianceInput } from './dto/condition.inputs.js';
import { Condition, ConditionReview } from './models/condition.models.js';

const MAX_REVIEWS = 100;

/** Conditions are worked by those who read the case's details (its team, break-glass, national coordination). */
@Resolver(() => Condition)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class ConditionsResolver {
  constructor(private readonly service: ConditionsService) {}

  @Mutation(() => Condition, {
    description:
      'Records a condition the defector signed (villkor), with its breach rule and the team roles told of a breach; the case must be open. Separate from eligibility.signedConditions, which says only that conditions were signed.',
  })
  addCondition(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: AddConditionInput,
  ): Promise<Condition> {
    return this.service.add(principal, caseId, input);
  }

  @Mutation(() => Condition, {
    description:
      'Records one observation of how a condition was kept; BREACHED (or raiseReview) raises a review for the case’s team (conditionReviews)',
  })
  recordCompliance(
    @CurrentPrincipal() principal: Principal,
    @Args('conditionId', { type: () => ID }) conditionId: string,
    @Args('input') input: RecordComplianceInput,
  ): Promise<Condition> {
    return this.service.recordCompliance(principal, conditionId, input);
  }

  @Mutation(() => Condition, { description: 'Ends a condition (kept as history, with who and why); endedOn defaults to today' })
  endCondition(
    @CurrentPrincipal() principal: Principal,
    @Args('conditionId', { type: () => ID }) conditionId: string,
    @Args('reason') reason: string,
    @Args('endedOn', { type: () => DateScalar, nullable: true }) endedOn?: string | null,
  ): Promise<Condition> {
    return this.service.end(principal, conditionId, endedOn, reason);
  }

  @Query(() => [ConditionReview], {
    complexity: listOf(MAX_REVIEWS),
    description:
      'Reviews raised by recorded breaches that the caller is told of: national coordination all; a regional officer those of their cases whose team they are on in a role the condition names. Newest first, at most 100; open ones only unless open is false (closed only) or null (both).',
  })
  conditionReviews(
    @CurrentPrincipal() principal: Principal,
    @Args('open', { type: () => Boolean, nullable: true, defaultValue: true }) open: boolean | null,
  ): Promise<ConditionReview[]> {
    return this.service.reviews(principal, open);
  }

  @Mutation(() => ConditionReview, { description: 'The case’s team closes a breach review with its decision (kept, with who)' })
  closeConditionReview(
    @CurrentPrincipal() principal: Principal,
    @Args('reviewId', { type: () => ID }) reviewId: string,
    @Args('decision') decision: string,
  ): Promise<ConditionReview> {
    return this.service.closeReview(principal, reviewId, decision);
  }
}

/** Case.conditions: only for a reader of the case's details (the case is asked for again). */
@Resolver(() => Case)
export class CaseConditionsResolver {
  constructor(private readonly service: ConditionsService) {}

  @ResolveField(() => [Condition], {
    complexity: listOf(MAX_CONDITIONS_PER_CASE),
    description: 'the conditions the defector signed, oldest first, with compliance over time and breach reviews',
  })
  conditions(@Parent() parent: Case, @Context('req') req: RegistryRequest): Promise<Condition[]> {
    return this.service.listForCase(req.principal as Principal, parent.id);
  }
}
