import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataKey, newDataKey, unwrapDataKey, wrapDataKey } from '@registry/crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DataKeyCache } from './data-key-cache.js';
import { DataKeyRepository, type DataKeyPurpose, type StoredDataKey } from './data-key.repository.js';
import { ErasedDataError } from './erased-data.error.js';
import { KeyRingHolder } from './key-ring.holder.js';

/** A data key's row as a caller's own query read it (not shredded: the query said so). */
export interface WrappedKeyRow {
  purpose: DataKeyPurpose;
  kekVersion: number;
  wrapped: Buffer;
}

/** How often cached keys are checked against shreddings done elsewhere (another instance, the CLI). */
const SHRED_SWEEP_MS = 30_000;

/**
 * Envelope encryption: every household, person and the network-intelligence domain has a data key,
 * stored wrapped by the key ring's active key-encryption key. Unwrapped keys stay in this process's
 * memory only.
 *
 * A household's or person's key can be destroyed at any time by `keys shred-case`, from another process.
 * A cached key of that kind is therefore returned only after a primary-key probe of its row says it is
 * not shredded: one index look-up in the request's own transaction, which makes erasure take effect on
 * the very next read in every instance. A time-to-live would leave erased data readable for its length,
 * and a notification channel can drop messages across reconnects or poolers, failing open. The
 * network-intelligence key is never shredded and is cached without the probe.
 *
 * The cache is bounded in size and age and wipes keys as they leave (DataKeyCache). A shredded key leaves
 * and is wiped at once: when this instance shreds it, when a read finds it shredded, and within
 * SHRED_SWEEP_MS of a shredding elsewhere even if nobody reads that household again.
 */
@Injectable()
export class DataKeysService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('DataKeys');
  private readonly unwrapped = new DataKeyCache();
  private sweeper: NodeJS.Timeout | undefined;
  private networkIntelligenceId: string | undefined;

  constructor(
    private readonly keyRing: KeyRingHolder,
    private readonly repository: DataKeyRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => {
      this.sweepShredded().catch((error: unknown) => this.logger.warn(`Shredded-key sweep failed: ${(error as Error).name}`));
    }, SHRED_SWEEP_MS);
    this.sweeper.unref();
  }

  /** Last of all at shutdown, after requests have drained: no key outlives the process in its memory. */
  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.unwrapped.clear();
  }

  /** Whether this process holds the key in the clear now (for tests of erasure). */
  holds(id: string): boolean {
    return this.unwrapped.has(id);
  }

  /**
   * Drops (and wipes) every cached key whose data was shredded since it was cached. @returns how many
   *
   * Only a row that says so counts: shredding marks the row and never deletes it. A key with no row visible
   * here is one that a transaction still open has just created (or one that rolled back, never used again);
   * wiping it would leave that transaction sealing its new case under a key of zeros.
   */
  async sweepShredded(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const ids = this.unwrapped.shreddableIds();
    if (ids.length === 0) return 0;
    const rows = (await manager.query(`SELECT id FROM data_key WHERE id = ANY($1::uuid[]) AND shredded_at IS NOT NULL`, [ids])) as {
      id: string;
    }[];
    for (const row of rows) this.unwrapped.dropErased(row.id);
    return rows.length;
  }

  async create(manager: EntityManager, purpose: DataKeyPurpose): Promise<DataKey> {
    // A rotation elsewhere may have raised the floor since we read the ring; then the file has the new version.
    const { ring, kekVersion: version } = await this.keyRing.activeAtLeast(await this.repository.kekFloor(manager));
    const id = this.repository.newId();
    const key = newDataKey(id);
    const { kekVersion, wrapped } = wrapDataKey(ring, key, version);
    await this.repository.insert(manager, purpose, id, kekVersion, wrapped);
    this.unwrapped.set(id, { key, purpose });
    return key;
  }

  /** @throws ErasedDataError when the key was shredded, here or in any other process */
  /**
   * For a caller whose own query has just read the key's row as not shredded (the facts loader joins on
   * shredded_at IS NULL): skips the per-key shredding probe, which over every placement in the country
   * would be thousands of round trips per reload.
   */
  async getReadAsLive(manager: EntityManager, id: string, stored?: WrappedKeyRow): Promise<DataKey> {
    const cached = this.unwrapped.get(id)?.key;
    if (cached) return cached;
    if (!stored) return this.get(manager, id);
    // The caller's query read the wrapped key with the row: no round trip per key on a cold start.
    const wrapped = { kekVersion: stored.kekVersion, wrapped: new Uint8Array(stored.wrapped) };
    const key = await this.keyRing.withRing((ring) => unwrapDataKey(ring, wrapped, id));
    this.unwrapped.set(id, { key, purpose: stored.purpose });
    return key;
  }

  /**
   * For a caller whose own statement has just read the key's row (joined to its record, in the request's
   * transaction): the same answer `get` gives, without a round trip of its own. A shredded or missing row is
   * refused exactly as `get` refuses it, and drops the key from the cache.
   */
  async fromRow(id: string, stored: StoredDataKey | undefined): Promise<DataKey> {
    if (!stored) throw new Error('data key row missing');
    if (stored.shreddedAt || !stored.wrapped || stored.kekVersion === null) {
      this.unwrapped.dropErased(id);
      throw new ErasedDataError();
    }
    const cached = this.unwrapped.get(id)?.key;
    if (cached) return cached;
    const wrapped = { kekVersion: stored.kekVersion, wrapped: new Uint8Array(stored.wrapped) };
    const key = await this.keyRing.withRing((ring) => unwrapDataKey(ring, wrapped, id));
    this.unwrapped.set(id, { key, purpose: stored.purpose });
    return key;
  }

  async get(manager: EntityManager, id: string): Promise<DataKey> {
    const cached = this.unwrapped.get(id);
    if (cached) {
      if (cached.purpose === 'NETWORK_INTELLIGENCE' || !(await this.repository.isShredded(manager, id))) return cached.key;
      this.unwrapped.dropErased(id);
      throw new ErasedDataError();
    }
    const stored = await this.repository.find(manager, id);
    if (!stored) throw new Error('data key row missing');
    if (stored.shreddedAt || !stored.wrapped || stored.kekVersion === null) throw new ErasedDataError();
    const wrapped = { kekVersion: stored.kekVersion, wrapped: new Uint8Array(stored.wrapped) };
    const key = await this.keyRing.withRing((ring) => unwrapDataKey(ring, wrapped, id));
    this.unwrapped.set(id, { key, purpose: stored.purpose });
    return key;
  }

  /** The one key for networks, presences and known locations; created on first use. */
  async networkIntelligence(manager: EntityManager): Promise<DataKey> {
    // Its id never changes once made (a partial unique index allows one) and it is never shredded.
    if (this.networkIntelligenceId) return this.get(manager, this.networkIntelligenceId);
    const id = await this.repository.networkIntelligenceKeyId(manager);
    if (id) return this.get(manager, (this.networkIntelligenceId = id));
    // Two instances may race to create it; the partial unique index lets only one win.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['data_key:NETWORK_INTELLIGENCE']);
    const again = await this.repository.networkIntelligenceKeyId(manager);
    return again ? this.get(manager, again) : this.create(manager, 'NETWORK_INTELLIGENCE');
  }

  async shred(manager: EntityManager, id: string): Promise<void> {
    await this.repository.shred(manager, id);
    this.unwrapped.dropErased(id);
  }

  forget(id: string): void {
    this.unwrapped.forget(id);
  }
}
