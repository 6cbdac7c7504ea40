import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ensureRowMacs, ROW_MAC_TABLES, stampPendingRows, verifyRowMacPair, verifyRowMacPairs } from '@registry/database';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { KeyRingHolder } from './key-ring.holder.js';

/** A statement that writes a covered table (the triggers note such writes whatever the text). */
const COVERED_WRITE = new RegExp(`\\b(?:insert\\s+into|update)\\s+(?:${ROW_MAC_TABLES.map((t) => t.table).join('|')})\\b`, 'i');

/**
 * Row MACs over the plaintext columns verdicts and need-to-know depend on (libs/database row-macs):
 * stamps what each transaction wrote just before it commits, and checks the proofs reads select with
 * their rows. A row whose MAC is missing or wrong is an IntegrityError (INTEGRITY_ERROR), never a
 * quietly different verdict.
 */
@Injectable()
export class RowIntegrity implements OnModuleInit {
  private readonly logger = new Logger('RowIntegrity');

  constructor(
    private readonly keyRing: KeyRingHolder,
    private readonly uow: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.keyRing.onModuleInit();
    this.uow.registerWriteFollowUp({
      writes: COVERED_WRITE,
      run: async (statements) => {
        await stampPendingRows(statements, this.keyRing.current);
      },
    });
    const outcome = await this.dataSource.transaction((m) => ensureRowMacs(m, this.keyRing.current, this.config.nodeEnv !== 'production'));
    const rows = [...outcome.rows].map(([table, n]) => `${table} ${n}`).join(', ');
    if (outcome.state === 'backfilled') this.logger.warn(`Stamped row MACs on rows written before they existed: ${rows}`);
    if (outcome.state === 'lacking') {
      this.logger.error(
        `Rows without a row MAC (${rows}) answer INTEGRITY_ERROR until an operator runs "npm run keys -- backfill-row-macs"`,
      );
    }
  }

  /** @throws IntegrityError */
  verify(pair: unknown): void {
    verifyRowMacPair(this.keyRing.current, pair);
  }

  /** @throws IntegrityError */
  verifyAll(pairs: unknown): void {
    verifyRowMacPairs(this.keyRing.current, pairs);
  }

  /** Checks and removes the proof column `column` of each row, so that rows used as facts carry no extra property. */
  verifyRows<T extends object>(rows: T[], column = 'row_proof'): T[] {
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      this.verify(record[column]);
      delete record[column];
    }
    return rows;
  }
}
