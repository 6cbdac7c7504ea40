import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import type { LinkStatus } from '../persons/link-request.repository.js';
import { LinkRequest, LinkStatusEnum } from '../persons/models/link-request.model.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { CasesService } from './cases.service.js';
import { LinkRequestsService } from './link-requests.service.js';
import { Case } from './models/case.model.js';

@Resolver(() => Case)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class LinkRequestsResolver {
  constructor(
    private readonly service: LinkRequestsService,
    private readonly cases: CasesService,
    private readonly uow: UnitOfWork,
  ) {}

  @Query(() => [LinkRequest], { description: "Links asked for to persons the requester may not see; regional: own region's requests" })
  linkRequests(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => LinkStatusEnum, nullable: true }) status?: LinkStatus | null,
  ): Promise<LinkRequest[]> {
    return this.service.list(principal, status ?? null);
  }

  @Mutation(() => LinkRequest, { description: 'National coordination: approve or reject a pending link request' })
  @Roles('POLICE_NATIONAL')
  decideLinkRequest(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve') approve: boolean,
  ): Promise<LinkRequest> {
    return this.service.decide(principal, id, approve);
  }

  @ResolveField('linkRequests', () => [LinkRequest], { description: 'Link requests about this household, pending or decided' })
  async caseLinkRequests(@CurrentPrincipal() principal: Principal, @Parent() parent: Case): Promise<LinkRequest[]> {
    return this.service.ofCase(principal, await this.cases.visibleRow(this.uow.manager, principal, parent.id));
  }
}
