import type { DataKey } from '@registry/crypto';
import { LRUCache } from 'lru-cache';
import type { DataKeyPurpose } from './data-key.repository.js';

export interface CachedKey {
  key: DataKey;
  purpose: DataKeyPurpose;
}

export interface DataKeyCacheLimits {
  /** Most keys held in the clear at once. */
  max: number;
  /** How long an unwrapped key is kept after it was unwrapped (not after each use): its lifetime in memory. */
  ttlMs: number;
  /**
   * How long an evicted or expired key stays whole before it is wiped: a request that fetched it just
   * before may still be opening fields with it. Longer than any statement may run (20 s).
   */
  wipeGraceMs: number;
}

export const DEFAULT_DATA_KEY_CACHE_LIMITS: DataKeyCacheLimits = { max: 50_000, ttlMs: 10 * 60_000, wipeGraceMs: 60_000 };

/**
 * The unwrapped data keys of one process: bounded in number and in age, and wiped (sodium.memzero) when
 * they leave. A key that leaves by eviction or age is wiped after a grace period (see `wipeGraceMs`); a
 * key of erased data (`dropErased`) is wiped at once, so that nothing of a shredded household stays in
 * memory, and a request still holding it fails closed.
 */
export class DataKeyCache {
  private readonly wipeAtOnce = new WeakSet<DataKey>();
  private readonly pendingWipes = new Map<NodeJS.Timeout, DataKey>();
  private readonly cache: LRUCache<string, CachedKey>;

  constructor(private readonly limits: DataKeyCacheLimits = DEFAULT_DATA_KEY_CACHE_LIMITS) {
    this.cache = new LRUCache<string, CachedKey>({
      max: limits.max,
      ttl: limits.ttlMs,
      ttlAutopurge: true,
      updateAgeOnGet: false,
      dispose: (value) => this.retire(value.key),
    });
  }

  get(id: string): CachedKey | undefined {
    return this.cache.get(id);
  }

  set(id: string, value: CachedKey): void {
    const current = this.cache.get(id);
    // The same key again: keep the one callers hold rather than retiring it.
    if (current?.key === value.key) return;
    this.cache.set(id, value);
  }

  has(id: string): boolean {
    return this.cache.has(id);
  }

  get size(): number {
    return this.cache.size;
  }

  /** Ids of cached keys that can be shredded (all but network intelligence). */
  shreddableIds(): string[] {
    return [...this.cache.entries()].filter(([, v]) => v.purpose !== 'NETWORK_INTELLIGENCE').map(([id]) => id);
  }

  /** Forgets a key that still exists (nothing erased): wiped after the grace period. */
  forget(id: string): void {
    this.cache.delete(id);
  }

  /** Forgets and wipes at once the key of data that was erased. */
  dropErased(id: string): void {
    const cached = this.cache.get(id);
    if (cached) this.wipeAtOnce.add(cached.key);
    this.cache.delete(id);
  }

  /** Wipes every key now (shutdown). */
  clear(): void {
    for (const [, value] of this.cache.entries()) this.wipeAtOnce.add(value.key);
    this.cache.clear();
    for (const [timer, key] of this.pendingWipes) {
      clearTimeout(timer);
      key.wipe();
    }
    this.pendingWipes.clear();
  }

  private retire(key: DataKey): void {
    if (this.wipeAtOnce.has(key) || this.limits.wipeGraceMs <= 0) {
      key.wipe();
      return;
    }
    const timer = setTimeout(() => {
      this.pendingWipes.delete(timer);
      key.wipe();
    }, this.limits.wipeGraceMs);
    timer.unref();
    this.pendingWipes.set(timer, key);
  }
}
