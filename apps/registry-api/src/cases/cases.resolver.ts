import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CaseStatus } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { CaseStatusEnum } from '../common/graphql-enums.js';
import { CasesService } from './cases.service.js';
import { OpenCaseInput, PlacementAssessmentInput, ThreatAssessmentInput } from './dto/case.inputs.js';
import { Case } from './models/case.model.js';

/** Regional units work their own region's cases; national coordination sees all. */
@Resolver(() => Case)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Query(() => Case, { nullable: true })
  case(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<Case> {
    return this.service.find(principal, id);
  }

  @Query(() => Case, { nullable: true })
  caseByReference(@CurrentPrincipal() principal: Principal, @Args('reference') reference: string): Promise<Case> {
    return this.service.findByReference(principal, reference);
  }

  @Query(() => [Case], { description: 'regional: own region only' })
  cases(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => CaseStatusEnum, nullable: true }) status?: CaseStatus | null,
  ): Promise<Case[]> {
    return this.service.list(principal, status ?? null);
  }

  @Mutation(() => Case)
  openCase(@CurrentPrincipal() principal: Principal, @Args('input') input: OpenCaseInput): Promise<Case> {
    return this.service.open(principal, input);
  }

  @Mutation(() => Case)
  recordThreatAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: ThreatAssessmentInput,
  ): Promise<Case> {
    return this.service.recordThreatAssessment(principal, caseId, input);
  }

  @Mutation(() => Case)
  recordPlacementAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: PlacementAssessmentInput,
  ): Promise<Case> {
    return this.service.recordPlacementAssessment(principal, caseId, input);
  }

  @Mutation(() => Case)
  closeCase(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('status', { type: () => CaseStatusEnum }) status: CaseStatus,
  ): Promise<Case> {
    return this.service.close(principal, caseId, status);
  }
}
