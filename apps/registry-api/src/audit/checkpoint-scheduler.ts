import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AUDIT_ACTIONS,
  checkpointDue,
  consistencyProof,
  DEFAULT_CHECKPOINT_POLICY,
  InvalidNoteError,
  openCheckpointArchive,
  openLogCheckpoint,
  parseVerifierKey,
  signLogCheckpoint,
  verifyConsistency,
} from '@registry/audit';
import type { CheckpointPolicy, SignedCheckpoint } from '@registry/audit';
import { auditSigningKey } from '@registry/crypto';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { Metrics } from '../observability/metrics.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { SYSTEM_CALLER } from './audit-caller.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { BrokenEventError, buildStoredTree } from './audit-tree.js';
import { CheckpointPublisher } from './checkpoint-publisher.js';
import { keyIdOfCheckpoint } from './postgres-checkpoint-store.js';

/** How often each instance looks whether the head needs signing; the policy's 60 s is met to within this. */
const TICK_MS = 5_000;
/** Notes read from the archive at start (a checkpoint and its cosigned copies, and a few before). */
const ARCHIVE_LOOKBACK = 16;

/** The last tree this service signed (or, at start, found signed in the archive or the database): what every new one must extend. */
interface SignedTree {
  size: number;
  root: Buffer;
  at: string;
}

/** Why a checkpoint was refused: the database's history does not extend the last signed tree. */
export class CheckpointRefusedError extends Error {
  constructor(
    readonly seq: number,
    message: string,
  ) {
    super(message);
    this.name = 'CheckpointRefusedError';
  }
}

/**
 * Keeps the chain current and signed. Before the instance serves, and on each tick, it chains events still
 * staged; each tick then signs a C2SP checkpoint over the Merkle tree of the events if
 * DEFAULT_CHECKPOINT_POLICY says so (every 1,000 events or 60 s), re-signs an idle head as a heartbeat
 * every AUDIT_HEARTBEAT_SECONDS, and signs once more at shutdown.
 *
 * It signs only a tree that extends the last tree it knows was signed: the one it signed itself, or at
 * start the newest found in the append-only archive (outside the database) or, without one, the database.
 * Before each signature it builds the new tree from the database and verifies a consistency proof from
 * that tree to it. When history was rewritten or cut off, it refuses, and raises an alarm: an error log
 * line, the registry_audit_checkpoint_alarms_total metric, and an `audit.checkpointRefused` event that
 * auditAnomalies reports. Every checkpoint then goes to the archive and the witnesses (CheckpointPublisher).
 *
 * Every instance runs one; they take turns on an advisory lock and re-check under it, so each head is signed
 * once. Works in transactions of its own (the DataSource's, not the UnitOfWork's).
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpoints');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The newest signed seq this instance has seen; only decides when to look sooner. */
  private lastSignedSeq = 0;
  private trusted: SignedTree | null = null;
  private lastAlarm: string | null = null;
  private publisher: CheckpointPublisher | null = null;
  policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: AuditChainWriter,
    private readonly events: AuditEventRepository,
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly keyRing: KeyRingHolder,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Chains what a stopped or crashed instance left staged, learns the last signed tree, then ticks. */
  async onApplicationBootstrap(): Promise<void> {
    await this.writer.flush().catch((error: unknown) => {
      this.logger.warn(`Audit events left staged at start: ${error instanceof Error ? error.name : 'unknown error'}`);
    });
    await this.learnLastSignedTree();
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
    // A checkpoint at shutdown: the size the log stopped at is signed (and witnessed), so events cut off
    // from a stopped service's log are missed by `audit verify`.
    await this.sign(new Date(), { force: true }).catch((error: unknown) => {
      this.logger.warn(`No checkpoint at shutdown: ${error instanceof Error ? error.message : 'unknown error'}`);
    });
  }

  /**
   * The shutdown checkpoint is signed in onModuleDestroy, not here: by the time Nest calls
   * onApplicationShutdown, TypeORM may have closed the pool this needs.
   */
  onApplicationShutdown(): void {
    this.stopped = true;
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

  /**
   * Signs the head if the policy says so (new events), or re-signs it as a heartbeat when idle for the
   * heartbeat interval; the new checkpoint, or null when none was due or it was refused (then alarmed).
   */
  signIfDue(now: Date = new Date(), policy: CheckpointPolicy = this.policy): Promise<SignedCheckpoint | null> {
    return this.sign(now, { policy });
  }

  private async sign(now: Date, options: { policy?: CheckpointPolicy; force?: boolean }): Promise<SignedCheckpoint | null> {
    const { privateJwk } = auditSigningKey(this.keyRing.current);
    const origin = this.config.audit.origin;
    let signed: SignedCheckpoint | null;
    try {
      signed = await this.dataSource.transaction(async (m) => {
        await this.checkpoints.lockSigner(m);
        const latest = await this.checkpoints.latest(m);
        const head = await this.events.head(m);
        if (latest !== null) this.lastSignedSeq = Math.max(this.lastSignedSeq, latest.seq);
        if (this.trusted === null) await this.learnLastSignedTree(m);
        const trusted = this.trusted;
        const size = head?.seq ?? 0;
        if (trusted !== null && size < trusted.size) {
          throw new CheckpointRefusedError(
            size + 1,
            `the log ends at seq ${size}, before the last signed checkpoint (size ${trusted.size})`,
          );
        }
        if (head === null || !this.due(latest, head, now, options)) return null;
        const tree = await buildStoredTree(m, this.events, this.checkpoints, size, trusted?.size ?? size);
        if (trusted !== null) {
          const proof = consistencyProof(tree.source, trusted.size, size);
          if (!verifyConsistency(trusted.size, size, proof, trusted.root, tree.root)) {
            throw new CheckpointRefusedError(
              trusted.size,
              `the events do not extend the last signed checkpoint (size ${trusted.size}): history up to it was rewritten`,
            );
          }
        }
        const at = now.toISOString();
        const note = signLogCheckpoint({ origin, size, rootHash: tree.root, timestamp: at }, privateJwk);
        const checkpoint: SignedCheckpoint = { seq: size, hash: head.hash, at, note, frontier: tree.frontier.toHex() };
        await this.checkpoints.insert(m, checkpoint, keyIdOfCheckpoint(checkpoint));
        this.trusted = { size, root: tree.root, at };
        return checkpoint;
      });
    } catch (error) {
      if (error instanceof CheckpointRefusedError || error instanceof BrokenEventError) {
        await this.alarm(error.seq, error.message);
        return null;
      }
      throw error;
    }
    if (signed === null) return null;
    this.lastSignedSeq = Math.max(this.lastSignedSeq, signed.seq);
    this.lastAlarm = null;
    await this.publish(signed);
    return signed;
  }

  private due(
    latest: SignedCheckpoint | null,
    head: { seq: number },
    now: Date,
    options: { policy?: CheckpointPolicy; force?: boolean },
  ): boolean {
    if (options.force) return true;
    const policy = options.policy ?? this.policy;
    if (checkpointDue(latest, head, now, policy)) return true;
    // Idle: re-sign the head, so a quiet log and a cut-off one look different. Timed from the newest
    // checkpoint of any instance (the database's), so the heartbeat goes on when the instance that signed
    // last has stopped; what is signed is still checked against this instance's own last tree.
    const last = latest ? { size: latest.seq, at: latest.at } : this.trusted;
    return last !== null && last.size === head.seq && now.getTime() - Date.parse(last.at) >= this.config.audit.heartbeatSeconds * 1000;
  }

  /** Sends a signed checkpoint to the archive and the witnesses; stores what the witnesses cosigned. */
  private async publish(checkpoint: SignedCheckpoint): Promise<void> {
    const publisher = this.publisherOf();
    if (publisher.archive === null && publisher.witnesses.length === 0) return;
    const proofFrom = (oldSize: number) =>
      this.dataSource.transaction(async (m) => {
        const tree = await buildStoredTree(m, this.events, this.checkpoints, checkpoint.seq, oldSize);
        return consistencyProof(tree.source, oldSize, checkpoint.seq);
      });
    const result = await publisher.publish(checkpoint, proofFrom);
    for (const { witness, note } of result.cosigned) {
      await this.checkpoints.insertCosigned(this.dataSource.manager, checkpoint, witness, note).catch((error: unknown) => {
        this.logger.warn(`Cosigned checkpoint ${checkpoint.seq} not stored: ${error instanceof Error ? error.name : 'error'}`);
      });
    }
    for (const refusal of result.refusedBy) {
      this.metrics.auditCheckpointAlarms.inc({ by: 'witness' });
      this.logger.error(`AUDIT ALARM: witness ${refusal.name} did not cosign checkpoint ${checkpoint.seq}: ${refusal.reason}`);
      await this.recordAlarm(checkpoint.seq, `witness ${refusal.name}: ${refusal.reason}`);
    }
  }

  private publisherOf(): CheckpointPublisher {
    if (this.publisher === null) {
      const { publicJwk } = auditSigningKey(this.keyRing.current);
      const { checkpointStoreUrl, witnesses } = this.config.audit;
      this.publisher = new CheckpointPublisher(
        checkpointStoreUrl === undefined ? null : openCheckpointArchive(checkpointStoreUrl),
        witnesses.map((w) => ({ url: w.url, key: parseVerifierKey(w.verifierKey) })),
        publicJwk,
      );
    }
    return this.publisher;
  }

  /**
   * The newest tree signed under this service's key: from the archive if one is configured (the database
   * cannot touch it), and from the database's newest checkpoint note, whichever is larger. A database
   * checkpoint larger than the archive's is taken only if it is a consistent extension (checked when
   * the next one is signed, against the archive's).
   */
  private async learnLastSignedTree(m: EntityManager = this.dataSource.manager): Promise<void> {
    const { publicJwk } = auditSigningKey(this.keyRing.current);
    const origin = this.config.audit.origin;
    const candidates: SignedTree[] = [];
    const archive = this.publisherOf().archive;
    if (archive !== null) {
      // The newest few suffice: names sort by size, then time; cosigned copies sit beside their checkpoint.
      for (const note of await archive.newest(ARCHIVE_LOOKBACK).catch(() => [] as string[])) {
        const tree = openTree(note, publicJwk, origin);
        if (tree !== null) candidates.push(tree);
      }
    }
    const latest = await this.checkpoints.latest(m);
    if (archive === null || candidates.length === 0) {
      if (latest?.note !== undefined) {
        const tree = openTree(latest.note, publicJwk, origin);
        if (tree !== null) candidates.push(tree);
      }
    }
    candidates.sort((a, b) => a.size - b.size || Date.parse(a.at) - Date.parse(b.at));
    const newest = candidates[candidates.length - 1];
    if (newest !== undefined && (this.trusted === null || newest.size > this.trusted.size)) this.trusted = newest;
  }

  /** Error log, metric and an audit event the auditors' anomaly report shows; once per distinct fault. */
  private async alarm(seq: number, reason: string): Promise<void> {
    this.metrics.auditCheckpointAlarms.inc({ by: 'signer' });
    this.logger.error(`AUDIT ALARM: checkpoint refused at seq ${seq}: ${reason}`);
    await this.recordAlarm(seq, reason);
  }

  private async recordAlarm(seq: number, reason: string): Promise<void> {
    if (this.lastAlarm === reason) return;
    this.lastAlarm = reason;
    await this.writer
      .append([
        {
          at: new Date().toISOString(),
          ...SYSTEM_CALLER,
          roles: [],
          action: AUDIT_ACTIONS.checkpointRefused,
          resourceType: 'audit.checkpoint',
          resourceId: String(seq),
          outcome: 'error',
        },
      ])
      .catch((error: unknown) =>
        this.logger.error(`Checkpoint alarm not recorded in the log: ${error instanceof Error ? error.name : 'error'}`),
      );
  }
}

function openTree(note: string, publicJwk: { x: string }, origin: string): SignedTree | null {
  try {
    const body = openLogCheckpoint(note, publicJwk, { origin });
    return { size: body.size, root: body.rootHash, at: body.timestamp };
  } catch (error) {
    if (error instanceof InvalidNoteError) return null;
    throw error;
  }
}
