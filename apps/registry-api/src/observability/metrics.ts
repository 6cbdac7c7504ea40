import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics, in a registry of its own per application instance (so tests that
 * start several apps in one process do not collide). Labels are operation names from the schema and
 * fixed outcome words only: never an argument, an id or anything a caller typed.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'registry_graphql_requests_total',
    help: 'GraphQL requests by top-level operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'registry_graphql_request_duration_seconds',
    help: 'GraphQL request latency by top-level operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [this.registry],
  });

  readonly checkerDuration = new Histogram({
    name: 'registry_checker_duration_seconds',
    help: 'Time spent in the checker (facts prepared to flags), by kind: check or rank',
    labelNames: ['kind'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2],
    registers: [this.registry],
  });

  readonly auditAppends = new Counter({
    name: 'registry_audit_appends_total',
    help: 'Audit events staged for the chain',
    registers: [this.registry],
  });

  /** Alarms: the signer refused to sign a tree that does not extend its last checkpoint, or a witness refused one. */
  readonly auditCheckpointAlarms = new Counter({
    name: 'registry_audit_checkpoint_alarms_total',
    help: 'Checkpoints refused: by the signer (history does not extend the last signed tree) or by a witness',
    labelNames: ['by'] as const,
    registers: [this.registry],
  });

  readonly poolConnections = new Gauge({
    name: 'registry_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'registry_' });
  }

  /** Times `work` into the checker histogram. */
  timeChecker<T>(kind: 'check' | 'rank', work: () => T): T {
    const end = this.checkerDuration.startTimer({ kind });
    try {
      return work();
    } finally {
      end();
    }
  }
}
