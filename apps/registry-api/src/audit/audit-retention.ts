import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUDIT_ACTIONS } from '@registry/audit';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { SYSTEM_CALLER } from './audit-caller.js';
import { AuditChainWriter } from './audit-chain-writer.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Erasure is a daily chore; the first run is at start. */
const EVERY_MS = DAY_MS;

/**
 * Erases the personal fields (officer id, client address, purpose: the values and their salt in
 * audit_personal) of events older than AUDIT_PERSONAL_RETENTION_DAYS. The events keep their commitments, so
 * the chain, the Merkle tree and every checkpoint and proof still verify; the export shows the fields as
 * erased. Each run that erased something is itself an audit event naming the seq range. The database
 * refuses to erase an event younger than a year, whatever this service is told.
 */
@Injectable()
export class AuditRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditRetention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: AuditChainWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () =>
      void this.eraseExpired().catch((error: unknown) => {
        this.logger.warn(`Audit retention run failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      });
    run();
    this.timer = setInterval(run, EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Erases what is past the retention period at `now`; the number of events whose fields were erased. */
  async eraseExpired(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.audit.personalRetentionDays * DAY_MS);
    const rows = (await this.dataSource.query(
      `DELETE FROM audit_personal p USING audit_event e WHERE e.seq = p.seq AND e.at < $1 RETURNING p.seq::text AS seq`,
      [cutoff],
    )) as [{ seq: string }[], number] | { seq: string }[];
    const erased = (Array.isArray(rows[0]) ? rows[0] : rows) as { seq: string }[];
    if (erased.length === 0) return 0;
    const seqs = erased.map((row) => Number(row.seq));
    await this.writer.append([
      {
        at: new Date().toISOString(),
        ...SYSTEM_CALLER,
        roles: [],
        action: AUDIT_ACTIONS.personalFieldsErased,
        resourceType: 'audit.events',
        resourceId: `${Math.min(...seqs)}-${Math.max(...seqs)}`,
        outcome: 'ok',
      },
    ]);
    return erased.length;
  }
}
