import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { deleteExpiredBudgets } from './shared-rate-limiter.js';

const SWEEP_EVERY_MS = 5 * 60_000;
/** A budget is kept an hour past its window, so a sweep never races a window that is just ending. */
const KEEP_EXPIRED_MS = 60 * 60_000;

/**
 * Keeps the shared budget table to the subjects active in the last hour. Every instance sweeps; the
 * DELETE is idempotent, so several doing it at once cost nothing but the statement.
 */
@Injectable()
export class ExpiredBudgetSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now: number = Date.now()): Promise<number> {
    try {
      return await deleteExpiredBudgets(this.dataSource, now - KEEP_EXPIRED_MS);
    } catch (error) {
      // A missed sweep only leaves rows for the next one; say so without failing anything.
      this.logger.warn(`sweeping expired rate-limit budgets failed: ${(error as Error).name}`);
      return 0;
    }
  }
}
