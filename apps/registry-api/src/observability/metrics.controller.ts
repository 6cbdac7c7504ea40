import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';
import { Metrics } from './metrics.js';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus text. Public at the HTTP level like health, because the scraper holds no user token; the
 * NetworkPolicy admits only the monitoring namespace to it, and it carries no protected value.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The content type is the registry's own (prom-client): it names the exposition format it writes. */
  @Get()
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (pool) {
      this.metrics.poolConnections.set({ state: 'total' }, pool.totalCount);
      this.metrics.poolConnections.set({ state: 'idle' }, pool.idleCount);
      this.metrics.poolConnections.set({ state: 'waiting' }, pool.waitingCount);
    }
    return this.metrics.registry.metrics();
  }
}
