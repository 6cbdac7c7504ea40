import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayInSweden } from '../common/calendar.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { RetentionService } from './retention.service.js';

/** The job looks at the calendar this often; it erases once per Swedish day. */
const LOOK_EVERY_MS = 15 * 60 * 1000;

/**
 * The daily retention job, after the re-check worker's pattern: a timer that runs the work once per new
 * Swedish day (the first run soon after start), never two runs at once in this process. A failed run is
 * retried at the next look. Several instances may each run it: a run erases only what is still there, and
 * shredding takes the key-custody lock, so the second finds nothing left and audits zero counts.
 */
@Injectable()
export class RetentionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionWorker');
  private timer: NodeJS.Timeout | undefined;
  private starter: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private ranOn: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.retention.job === 'off') return;
    // Not during start itself: migrations and the first requests come first.
    this.starter = setTimeout(() => void this.tick(), 60_000);
    this.starter.unref();
    this.timer = setInterval(() => void this.tick(), LOOK_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.starter) clearTimeout(this.starter);
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async tick(now: Date = new Date()): Promise<void> {
    const today = todayInSweden(now);
    if (this.running || this.ranOn === today) return;
    this.running = this.retention
      .run(now)
      .then(() => {
        this.ranOn = today;
      })
      .catch((error: unknown) => {
        this.logger.error(`Retention run failed and will be retried: ${error instanceof Error ? error.name : 'unknown error'}`);
      });
    await this.running;
    this.running = undefined;
  }
}
