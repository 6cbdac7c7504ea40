import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ProtectionModule } from '../protection/protection.module.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditExceptionFilter } from './audit-exception.filter.js';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditPendingRepository } from './audit-pending.repository.js';
import { AuditTrail } from './audit-trail.js';
import { AuditRetention } from './audit-retention.js';
import { AuditExportController } from './audit-export.controller.js';
import { AuditorsResolver } from './auditors.resolver.js';
import { AuditorsService } from './auditors.service.js';
import { CheckpointScheduler } from './checkpoint-scheduler.js';
import { PostgresAuditStore } from './postgres-audit-store.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';

/**
 * The audit log, wired in: every GraphQL operation and every refusal is recorded (interceptor and
 * exception filter, global) and chained, checkpoints are signed in the background, auditors read and verify.
 * Global so that any service can inject AuditTrail to record events of its own.
 */
@Global()
@Module({
  imports: [ProtectionModule],
  controllers: [AuditExportController],
  providers: [
    AuditEventRepository,
    AuditCheckpointRepository,
    AuditPendingRepository,
    {
      provide: AuditChainWriter,
      inject: [getDataSourceToken(), AuditEventRepository, AuditPendingRepository],
      useFactory: (dataSource: DataSource, events: AuditEventRepository, pending: AuditPendingRepository) =>
        new AuditChainWriter(dataSource, events, pending),
    },
    {
      provide: PostgresAuditStore,
      inject: [UnitOfWork, AuditEventRepository],
      useFactory: (uow: UnitOfWork, events: AuditEventRepository) => new PostgresAuditStore(uow, events),
    },
    {
      provide: PostgresCheckpointStore,
      inject: [UnitOfWork, AuditCheckpointRepository],
      useFactory: (uow: UnitOfWork, checkpoints: AuditCheckpointRepository) => new PostgresCheckpointStore(uow, checkpoints),
    },
    CheckpointScheduler,
    AuditRetention,
    AuditTrail,
    AuditorsService,
    AuditorsResolver,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: APP_FILTER, useClass: AuditExceptionFilter },
  ],
  exports: [AuditTrail],
})
export class AuditModule {}
