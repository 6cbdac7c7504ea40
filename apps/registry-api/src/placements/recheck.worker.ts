import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { AlertsService } from './alerts.service.js';

/** Drains the re-check outbox on a short interval; a failed run leaves the work pending for the next. */
@Injectable()
export class RecheckWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RecheckWorker');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: AlertsService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.recheckIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.alerts.processPending().catch((error: unknown) => {
      this.logger.error(`Re-check failed and will be retried: ${(error as Error).name}`);
    });
    await this.running;
    this.running = undefined;
  }
}
