import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { listOf } from '../common/query-cost.js';
import {
  MAX_TABLES,
  StatisticsDimension,
  StatisticsMeasureEnum,
  StatisticsPeriodInput,
  StatisticsTable,
} from './models/statistics.models.js';
import { StatisticsService } from './statistics.service.js';

/** Police: counts by region and month with small figures suppressed. */
@Resolver(() => StatisticsTable)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => [StatisticsTable], {
    complexity: listOf(MAX_TABLES),
    description:
      'Tables of every region (regional units included: the suppression holds against a region that knows its own cases). Completed months only; figures from 1 to threshold − 1 suppressed, with complementary suppression so that no total recovers one; region and grand totals for one whole completed year only.',
  })
  statistics(
    @Args('period', { type: () => StatisticsPeriodInput }) period: StatisticsPeriodInput,
    @Args('groupBy', { type: () => [StatisticsDimension], defaultValue: [StatisticsDimension.REGION, StatisticsDimension.MONTH] })
    groupBy: StatisticsDimension[],
    @Args('measures', { type: () => [StatisticsMeasureEnum], nullable: true, description: 'all when omitted' }) measures?: string[] | null,
  ): Promise<StatisticsTable[]> {
    return this.service.statistics(period, groupBy, measures);
  }
}
