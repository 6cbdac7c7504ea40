import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/access.decorators.js';
import { listOf, sizeArgument } from '../common/query-cost.js';
import { DateTimeScalar } from '../common/scalars.js';
import { AuditAnomaly, AuditCheckpoint, AuditEventPage, AuditVerification } from './models/audit-event.model.js';
import { AuditorsService, MAX_CHECKPOINTS, MAX_PAGE_SIZE } from './auditors.service.js';

/**
 * Auditors only. No purpose is required (reading the log is the auditor's standing purpose), but one
 * sent is recorded. These queries are audited like every other.
 */
@Resolver()
@Roles('AUDITOR')
export class AuditorsResolver {
  constructor(private readonly service: AuditorsService) {}

  @Query(() => AuditEventPage, {
    description: 'Events in chain order, filtered (from and to inclusive); at most 500 per page',
    // The page holds `first` events: what is asked of the page is asked of each (AuditEventPage.events).
    complexity: listOf(sizeArgument('first', MAX_PAGE_SIZE)),
  })
  auditEvents(
    @Args('actor', { nullable: true }) actor?: string,
    @Args('action', { nullable: true }) action?: string,
    @Args('resourceId', { nullable: true }) resourceId?: string,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date,
    @Args('first', { type: () => Int, defaultValue: 100 }) first = 100,
    @Args('after', { nullable: true }) after?: string,
    @Args('refusedOnly', { type: () => Boolean, nullable: true, description: 'only refusals (outcome "denied")' }) refusedOnly?: boolean,
  ): Promise<AuditEventPage> {
    return this.service.search({
      actor: actor ?? undefined,
      action: action ?? undefined,
      resourceId: resourceId ?? undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      refusedOnly: refusedOnly ?? undefined,
      first,
      after: after ?? undefined,
    });
  }

  @Query(() => AuditVerification, {
    description: 'Walks the chain over [fromSeq, toSeq] (default: all) and checks every stored checkpoint in it',
  })
  async verifyAuditLog(
    @Args('fromSeq', { type: () => Int, nullable: true }) fromSeq?: number,
    @Args('toSeq', { type: () => Int, nullable: true }) toSeq?: number,
  ): Promise<AuditVerification> {
    const result = await this.service.verify(fromSeq ?? undefined, toSeq ?? undefined);
    return { ...result, reason: result.reason ?? null };
  }

  @Query(() => [AuditCheckpoint], {
    description: `The newest signed checkpoints, newest first; at most ${MAX_CHECKPOINTS}`,
    complexity: listOf(sizeArgument('last', MAX_CHECKPOINTS)),
  })
  auditCheckpoints(@Args('last', { type: () => Int, defaultValue: 20 }) last = 20): Promise<AuditCheckpoint[]> {
    return this.service.recentCheckpoints(last);
  }

  @Query(() => [AuditAnomaly], {
    description: 'Actors over a threshold (see AuditAnomalyKind) between from (default: to - 24 h) and to (default: now); at most 31 days',
  })
  auditAnomalies(
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date,
  ): Promise<AuditAnomaly[]> {
    return this.service.anomalies(from ?? undefined, to ?? undefined);
  }
}
