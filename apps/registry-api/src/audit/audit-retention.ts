import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS } from '@registry/audit';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { AppConfig } from '../config/configuration.js';
import { erasePersonalAuditFields } from '../retention/expired-records.js';
import { retentionCutoff } from '../retention/retention-schedule.js';
import { SYSTEM_CALLER } from './audit-caller.js';
import { AuditChainWriter } from './audit-chain-writer.js';

/**
 * Erases the personal fields (officer id, client address, purpose: the values and their salt in
 * audit_personal) of events older than AUDIT_PERSONAL_RETENTION_DAYS. The events keep their commitments, so
 * the chain, the Merkle tree and every checkpoint and proof still verify; the export shows the fields as
 * erased. Each run that erased something is itself an audit event naming the seq range. The database
 * refuses to erase an event younger than a year, whatever this service is told.
 *
 * One kind of the retention schedule (AUDIT_PERSONAL): the daily retention job (retention.worker.ts) runs it
 * with the others.
 */
@Injectable()
export class AuditRetention {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly writer: AuditChainWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Erases what is past the retention period at `now`; the number of events whose fields were erased. */
  async eraseExpired(now: Date = new Date()): Promise<number> {
    const cutoff = retentionCutoff(this.config.retention.schedule, now, 'AUDIT_PERSONAL');
    const erased = await erasePersonalAuditFields((work) => this.uow.transaction(work), cutoff);
    if (!erased) return 0;
    await this.writer.append([
      {
        at: new Date().toISOString(),
        ...SYSTEM_CALLER,
        roles: [],
        action: AUDIT_ACTIONS.personalFieldsErased,
        resourceType: 'audit.events',
        resourceId: `${erased.from}-${erased.to}`,
        outcome: 'ok',
      },
    ]);
    return erased.count;
  }
}
