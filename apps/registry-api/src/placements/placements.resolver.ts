import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PlacementEndReason } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { CaseRepository } from '../cases/case.repository.js';
import { Case } from '../cases/models/case.model.js';
import { PlacementEndReasonEnum } from '../common/graphql-enums.js';
import type { RegistryRequest } from '../common/request-context.js';
import { DateScalar } from '../common/scalars.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { AlertsService } from './alerts.service.js';
import { ClearancesService } from './clearances.service.js';
import { ProposalInput } from './dto/proposal.input.js';
import { Alert, Clearance, DestinationAnswer, Placement, Proposal } from './models/placement.models.js';
import { ProposalsService } from './proposals.service.js';

/** Police: proposals, placements and alerts. */
@Resolver(() => Proposal)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class PlacementsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly alertsService: AlertsService,
  ) {}

  @Mutation(() => Proposal, { description: 'runs the checker: CLEARED or NOT_CLEARED' })
  submitProposal(@CurrentPrincipal() principal: Principal, @Args('input') input: ProposalInput): Promise<Proposal> {
    return this.proposals.submit(principal, input);
  }

  @Mutation(() => Proposal, { description: 'national coordination only: NOT_CLEARED -> OVERRIDDEN, with a recorded justification' })
  @Roles('POLICE_NATIONAL')
  overrideProposal(
    @CurrentPrincipal() principal: Principal,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('justification') justification: string,
  ): Promise<Proposal> {
    return this.proposals.override(principal, proposalId, justification);
  }

  @Mutation(() => Proposal)
  withdrawProposal(
    @CurrentPrincipal() principal: Principal,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<Proposal> {
    return this.proposals.withdraw(principal, proposalId);
  }

  @Mutation(() => Placement, { description: 'CLEARED/OVERRIDDEN -> PLACED, after checking again' })
  confirmPlacement(
    @CurrentPrincipal() principal: Principal,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<Placement> {
    return this.proposals.confirm(principal, proposalId);
  }

  @Mutation(() => Placement)
  endPlacement(
    @CurrentPrincipal() principal: Principal,
    @Args('placementId', { type: () => ID }) placementId: string,
    @Args('endedOn', { type: () => DateScalar }) endedOn: string,
    @Args('reason', { type: () => PlacementEndReasonEnum }) reason: PlacementEndReason,
  ): Promise<Placement> {
    return this.proposals.end(principal, placementId, endedOn, reason);
  }

  @Query(() => [Alert])
  alerts(
    @CurrentPrincipal() principal: Principal,
    @Args('acknowledged', { type: () => Boolean, nullable: true }) acknowledged?: boolean | null,
  ): Promise<Alert[]> {
    return this.alertsService.list(principal, acknowledged ?? null);
  }

  @Mutation(() => Alert)
  acknowledgeAlert(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<Alert> {
    return this.alertsService.acknowledge(principal, id);
  }
}

/** A case's proposals and placements, resolved under the query that already admitted the caller to the case. */
@Resolver(() => Case)
export class CasePlacementsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly caseRows: CaseRepository,
    private readonly uow: UnitOfWork,
  ) {}

  private async row(parent: Case) {
    const row = await this.caseRows.find(this.uow.manager, parent.id);
    if (!row) throw new Error('case vanished while resolving');
    return row;
  }

  @ResolveField(() => [Proposal])
  async proposals(@Parent() parent: Case, @Context('req') req: RegistryRequest): Promise<Proposal[]> {
    return this.service.proposalsOf(req.principal as Principal, await this.row(parent));
  }

  @ResolveField(() => [Placement])
  async placements(@Parent() parent: Case): Promise<Placement[]> {
    return this.service.placementsOf(await this.row(parent));
  }
}

/** Municipalities: the verdict now, nothing else. */
@Resolver(() => Clearance)
@RequiresPurpose()
@Roles('MUNICIPALITY')
export class ClearancesResolver {
  constructor(private readonly clearances: ClearancesService) {}

  @Query(() => Clearance, { nullable: true, description: 'only for the destination or the case’s home municipality' })
  clearance(@CurrentPrincipal() principal: Principal, @Args('reference') reference: string): Promise<Clearance> {
    return this.clearances.clearance(principal, reference);
  }

  @Query(() => DestinationAnswer, { description: 'only the case’s home municipality' })
  destinationCleared(
    @CurrentPrincipal() principal: Principal,
    @Args('caseReference') caseReference: string,
    @Args('municipalityCode') municipalityCode: string,
  ): Promise<DestinationAnswer> {
    return this.clearances.destinationCleared(principal, caseReference, municipalityCode);
  }
}
