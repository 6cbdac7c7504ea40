import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkpointDue, DEFAULT_CHECKPOINT_POLICY, signCheckpoint } from '@registry/audit';
import type { CheckpointPolicy, SignedCheckpoint } from '@registry/audit';
import { auditSigningKey } from '@registry/crypto';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { keyIdOf } from './postgres-checkpoint-store.js';

/** How often each instance looks whether the head needs signing; the policy's 60 s is met to within this. */
const TICK_MS = 5_000;

/**
 * Keeps the chain current in the background: before the instance serves, and on each tick, it chains any
 * events still staged (left by an instance that stopped between a write's commit and chaining it, or
 * recorded inside a longer transaction); each tick then signs the head if DEFAULT_CHECKPOINT_POLICY says so
 * (every 1,000 events or 60 s) with the key ring's audit-signing key. Every instance runs one; they take turns on an advisory lock and re-check under
 * it, so each head is signed once. Works in transactions of its own (the DataSource's, not the
 * UnitOfWork's): a checkpoint must never ride on, or wait for, a request's transaction.
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditCheckpoints');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The newest signed seq this instance has seen; only decides when to look sooner. */
  private lastSignedSeq = 0;
  policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: AuditChainWriter,
    private readonly events: AuditEventRepository,
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly keyRing: KeyRingHolder,
  ) {}

  /** Chains what a stopped or crashed instance left staged before this one serves, then ticks. */
  async onApplicationBootstrap(): Promise<void> {
    await this.writer.flush().catch((error: unknown) => {
      this.logger.warn(`Audit events left staged at start: ${error instanceof Error ? error.name : 'unknown error'}`);
    });
    this.timer = setInterval(() => this.trigger(), TICK_MS);
    // A timer must never keep a process (or a test run) alive on its own.
    this.timer.unref();
  }

  /** Lets the writer's passes end, then chains what is still staged, while the database is still open. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.writer.idle();
    await this.writer.flush().catch((error: unknown) => {
      this.logger.warn(`Audit events left staged at shutdown: ${error instanceof Error ? error.name : 'unknown error'}`);
    });
  }

  /** Told after an append commits, so a burst is signed at its 1,000th event rather than at the next tick. */
  observe(seq: number): void {
    if (seq - this.lastSignedSeq >= this.policy.everyEvents) this.trigger();
  }

  private trigger(): void {
    if (this.running !== null || this.stopped) return;
    this.running = this.writer
      .flush()
      .then(() => this.signIfDue())
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn(`Audit checkpoint not signed: ${error instanceof Error ? error.name : 'unknown error'}`),
      )
      .finally(() => {
        this.running = null;
      });
  }

  /** Signs the head if the policy says so; the new checkpoint, or null when none was due. */
  async signIfDue(now: Date = new Date(), policy: CheckpointPolicy = this.policy): Promise<SignedCheckpoint | null> {
    const { privateJwk } = auditSigningKey(this.keyRing.current);
    const signed = await this.dataSource.transaction(async (m) => {
      await this.checkpoints.lockSigner(m);
      const latest = await this.checkpoints.latest(m);
      const head = await this.events.head(m);
      if (latest !== null) this.lastSignedSeq = Math.max(this.lastSignedSeq, latest.seq);
      if (head === null || !checkpointDue(latest, head, now, policy)) return null;
      const payload = { seq: head.seq, hash: head.hash, at: now.toISOString() };
      const checkpoint: SignedCheckpoint = { ...payload, jws: await signCheckpoint(payload, privateJwk) };
      await this.checkpoints.insert(m, checkpoint, keyIdOf(checkpoint.jws));
      return checkpoint;
    });
    if (signed !== null) this.lastSignedSeq = Math.max(this.lastSignedSeq, signed.seq);
    return signed;
  }
}
