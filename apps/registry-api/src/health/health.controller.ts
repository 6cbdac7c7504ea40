import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { schemaIsCurrent } from '@registry/database';
import { Public } from '../auth/access.decorators.js';
import { ShutdownState } from './shutdown-state.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The process is alive; says nothing about the database, so a database outage does not restart pods. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([() => this.indicators.check('process').up()]);
  }

  /** Take traffic only when the database answers, the schema is current and we are not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const session = this.indicators.check('lifecycle');
        return this.shutdown.shuttingDown ? session.down('shutting down') : session.up();
      },
      () =>
        this.indicators
          .check('database')
          .attempt(async () => {
            await this.dataSource.query('SELECT 1');
          })
          .withTimeout(2000),
      // Inside attempt(): a connection dying under this check is `down` (503), never an exception (500).
      () =>
        this.indicators
          .check('migrations')
          .attempt(async () => {
            let current: boolean;
            try {
              current = await schemaIsCurrent(this.dataSource);
            } catch {
              throw new Error('schema version not readable');
            }
            if (!current) throw new Error('pending migrations');
          })
          .withTimeout(2000),
    ]);
  }
}
