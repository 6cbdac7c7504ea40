import { Inject, Injectable, Logger } from '@nestjs/common';
import { AUDIT_ACTIONS, CASE_RESOURCE_TYPE } from '@registry/audit';
import { AuditTrail } from '../audit/audit-trail.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { AppConfig } from '../config/configuration.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { countExpired, countsLine, eraseExpired, type InTransaction, type RetentionRun } from './expired-records.js';
import type { RetentionPreview } from './models/retention-preview.model.js';
import { RETENTION_RESOURCE_TYPE } from './retention-resource.js';
import { RETENTION_KINDS, retentionCutoffs } from './retention-schedule.js';

/**
 * The retention schedule (docs/retention.md): a preview that changes nothing, and a run that erases what
 * has expired and audits it, as counts per kind. The operator command (`registry-cli retention`) runs the
 * same selections (expired-records.ts) on its own connection.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly trail: AuditTrail,
    private readonly dataKeys: DataKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The service's own transactions: a request's open one is joined, never a second opened beside it (the
   * embedded database has one backend, where a second transaction would wait for the first forever).
   */
  private readonly inTransaction: InTransaction = (work) => this.uow.transaction(work);

  async preview(now: Date = new Date()): Promise<RetentionPreview> {
    const cutoffs = retentionCutoffs(this.config.retention.schedule, now);
    const counts = await this.inTransaction((m) => countExpired(m, cutoffs));
    return {
      asOf: now,
      job: this.config.retention.job,
      kinds: cutoffs.map((cutoff) => {
        const byDay = cutoff.kind === 'ENDED_PLACEMENT' || cutoff.kind === 'PRESENCE' || cutoff.kind === 'AFFILIATION';
        return {
          kind: cutoff.kind,
          retentionDays: cutoff.days,
          lastExpiredDay: byDay ? cutoff.lastExpiredDay : null,
          expiredBefore: byDay ? null : cutoff.before,
          expired: counts[cutoff.kind],
        };
      }),
    };
  }

  /** Erases what has expired at `now` and appends the run's audit events (also when it erased nothing). */
  async run(now: Date = new Date()): Promise<RetentionRun> {
    const run = await eraseExpired(this.inTransaction, retentionCutoffs(this.config.retention.schedule, now));
    // Keys destroyed here leave this instance's memory now, not at the next sweep.
    if (run.shreddedCaseIds.length > 0) await this.dataKeys.sweepShredded();
    // As `keys shred-case` audits each case it erases; then the run itself, as counts only.
    for (const id of run.shreddedCaseIds)
      await this.trail.record({ action: AUDIT_ACTIONS.caseShred, resourceType: CASE_RESOURCE_TYPE, resourceId: id });
    if (run.auditSeqRange) {
      const { from, to } = run.auditSeqRange;
      await this.trail.record({ action: AUDIT_ACTIONS.personalFieldsErased, resourceType: 'audit.events', resourceId: `${from}-${to}` });
    }
    await this.trail.record({
      action: AUDIT_ACTIONS.retentionRun,
      resourceType: RETENTION_RESOURCE_TYPE,
      resourceId: countsLine(run.counts),
    });
    const total = RETENTION_KINDS.reduce((sum, kind) => sum + run.counts[kind], 0);
    if (total > 0) this.logger.log(`Retention erased ${countsLine(run.counts)}`);
    return run;
  }
}
