import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayInSweden } from '../common/calendar.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { AlertsService } from './alerts.service.js';

/** The facts change log is pruned once a minute or so, not on every drain. */
const PRUNE_EVERY_MS = 60_000;

/** While the database is down, the wait between runs doubles up to this (or the interval, if longer). */
export const MAX_RECHECK_BACKOFF_MS = 60_000;

/** The wait before the next run after `failures` failed runs in a row: the interval, doubled per failure, capped. */
export function recheckDelay(intervalMs: number, failures: number): number {
  const cap = Math.max(intervalMs, MAX_RECHECK_BACKOFF_MS);
  return Math.min(intervalMs * 2 ** Math.min(failures, 20), cap);
}

/**
 * Drains the re-check outbox on a short interval; a failed run leaves the work pending for the next, and
 * failures in a row back off (recheckDelay) so a database outage is not an error line every interval.
 */
@Injectable()
export class RecheckWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RecheckWorker');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  /** failed runs in a row */
  private failures = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: AlertsService,
    private readonly factsChanges: FactsChanges,
  ) {}

  private prunedAt = 0;
  /** The day of the last full re-check: facts that lapse by date (a consent past its review) change nothing in the database. */
  private recheckedOn: string | undefined;

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Runs the pending re-checks and today's full re-check now, unless done already: at start-up that full
   * re-check touches every active placement, so benchmarks settle it first rather than measure alongside it.
   * @throws Error when the re-check failed (the log says why)
   */
  async caughtUp(): Promise<void> {
    while (this.running) await this.running;
    if (this.recheckedOn !== todayInSweden()) await this.tick();
    if (this.recheckedOn !== todayInSweden()) throw new Error('The re-check of every active placement failed; the log says why');
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => void this.tick().finally(() => this.schedule()),
      recheckDelay(this.config.recheckIntervalMs, this.failures),
    );
    this.timer.unref();
  }

  private async pruneChangeLog(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    await this.factsChanges.prune().catch((error: unknown) => {
      this.logger.error(`Pruning the facts change log failed and will be retried: ${(error as Error).name}`);
    });
  }

  private async recheckOnNewDay(): Promise<void> {
    const today = todayInSweden();
    if (this.recheckedOn === today) return;
    await this.alerts.recheckAll();
    this.recheckedOn = today;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.alerts
      .processPending()
      .then(() => this.recheckOnNewDay())
      .then(
        () => {
          if (this.failures > 0) this.logger.log(`Re-check runs again after ${this.failures} failed attempts`);
          this.failures = 0;
        },
        (error: unknown) => {
          this.failures += 1;
          const retryMs = recheckDelay(this.config.recheckIntervalMs, this.failures);
          this.logger.error(`Re-check failed (${this.failures} in a row) and will be retried in ${retryMs} ms: ${(error as Error).name}`);
        },
      )
      .then(() => this.pruneChangeLog());
    await this.running;
    this.running = undefined;
  }
}
