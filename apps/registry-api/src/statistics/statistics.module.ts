import { Module } from '@nestjs/common';
import { FlagTallyRepository } from './flag-tally.repository.js';
import { StatisticsResolver } from './statistics.resolver.js';
import { StatisticsService } from './statistics.service.js';

@Module({
  providers: [StatisticsResolver, StatisticsService, FlagTallyRepository],
  exports: [FlagTallyRepository],
})
export class StatisticsModule {}
