import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { listOf, sizeArgument } from '../common/query-cost.js';
import { DateScalar } from '../common/scalars.js';
import { CheckingService, MAX_RANK_LIMIT } from './checking.service.js';
import { CheckResult } from './models/check-result.model.js';

@Resolver(() => CheckResult)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class CheckingResolver {
  constructor(private readonly service: CheckingService) {}

  @Query(() => CheckResult, {
    description:
      'The checker for one destination. A regional unit sees another region’s households by privacy area only (see FlagCode); national coordination exactly.',
  })
  checkDestination(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('municipalityCode') municipalityCode: string,
    @Args('startDate', { type: () => DateScalar, nullable: true }) startDate?: string | null,
    @Args('endDate', { type: () => DateScalar, nullable: true }) endDate?: string | null,
  ): Promise<CheckResult> {
    return this.service.check(principal, caseId, municipalityCode, startDate, endDate);
  }

  @Query(() => [CheckResult], {
    description:
      'all 290: cleared first, then fewest warnings, then farthest from the household’s threats. A regional unit’s ranking reads other regions’ households by privacy area, so it is the same wherever in its area such a household is.',
    complexity: listOf(sizeArgument('limit', MAX_RANK_LIMIT)),
  })
  rankDestinations(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('startDate', { type: () => DateScalar, nullable: true }) startDate?: string | null,
    @Args('endDate', { type: () => DateScalar, nullable: true }) endDate?: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit = 20,
  ): Promise<CheckResult[]> {
    return this.service.rank(principal, caseId, startDate, endDate, limit);
  }
}
