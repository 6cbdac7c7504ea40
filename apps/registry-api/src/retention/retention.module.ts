import { Module } from '@nestjs/common';
import { ProtectionModule } from '../protection/protection.module.js';
import { RetentionResolver } from './retention.resolver.js';
import { RetentionService } from './retention.service.js';
import { RetentionWorker } from './retention.worker.js';

/** Retention (gallring): the schedule's dry run, the run, and the daily job that runs it. */
@Module({
  imports: [ProtectionModule],
  providers: [RetentionService, RetentionWorker, RetentionResolver],
})
export class RetentionModule {}
