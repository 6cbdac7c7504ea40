import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { AuditResource } from '../audit/audit-resource.decorator.js';
import { DateScalar } from '../common/scalars.js';
import { ActualAreasService } from './actual-areas.service.js';
import { ActualAreaInput } from './dto/actual-area.input.js';
import { ActualArea } from './models/actual-area.model.js';

/** Police only, and only for a person the caller may see in detail: the same rule as the person's other intelligence. */
@Resolver(() => ActualArea)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class ActualAreasResolver {
  constructor(private readonly service: ActualAreasService) {}

  @Query(() => [ActualArea], {
    description: "A person's actual areas, ended ones included; a person the caller may not see answers NOT_FOUND",
  })
  @AuditResource('person', 'personId')
  actualAreas(@CurrentPrincipal() principal: Principal, @Args('personId', { type: () => ID }) personId: string): Promise<ActualArea[]> {
    return this.service.list(principal, personId);
  }

  @Mutation(() => ActualArea, {
    description:
      "Records where a person actually lives or spends time besides the registered home municipality. For a household member it counts in the case's checks at once (HOME_MUNICIPALITY, TOO_CLOSE_TO_HOME) and its placements are re-checked.",
  })
  addActualArea(@CurrentPrincipal() principal: Principal, @Args('input') input: ActualAreaInput): Promise<ActualArea> {
    return this.service.add(principal, input);
  }

  @Mutation(() => ActualArea, {
    description: 'Ends an actual area on endDate (default today): it stays on record and counts only for periods up to that day',
  })
  endActualArea(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('endDate', { type: () => DateScalar, nullable: true }) endDate?: string | null,
  ): Promise<ActualArea> {
    return this.service.end(principal, id, endDate ?? null);
  }
}
