import { Injectable } from '@nestjs/common';
import { DataKey, newDataKey, unwrapDataKey, wrapDataKey } from '@registry/crypto';
import type { EntityManager } from 'typeorm';
import { DataKeyRepository, type DataKeyPurpose } from './data-key.repository.js';
import { ErasedDataError } from './erased-data.error.js';
import { KeyRingHolder } from './key-ring.holder.js';

/**
 * Envelope encryption: every household, person and the network-intelligence domain has a data key,
 * stored wrapped by the key ring's active key-encryption key. Unwrapped keys stay in this process's
 * memory only; shredding or rotation elsewhere is seen through `forget`.
 */
@Injectable()
export class DataKeysService {
  private readonly unwrapped = new Map<string, DataKey>();

  constructor(
    private readonly keyRing: KeyRingHolder,
    private readonly repository: DataKeyRepository,
  ) {}

  async create(manager: EntityManager, purpose: DataKeyPurpose): Promise<DataKey> {
    const id = this.repository.newId();
    const key = newDataKey(id);
    const { kekVersion, wrapped } = wrapDataKey(this.keyRing.current, key);
    await this.repository.insert(manager, purpose, id, kekVersion, wrapped);
    this.unwrapped.set(id, key);
    return key;
  }

  async get(manager: EntityManager, id: string): Promise<DataKey> {
    const cached = this.unwrapped.get(id);
    if (cached) return cached;
    const stored = await this.repository.find(manager, id);
    if (!stored) throw new Error('data key row missing');
    if (stored.shreddedAt || !stored.wrapped || stored.kekVersion === null) throw new ErasedDataError();
    const wrapped = { kekVersion: stored.kekVersion, wrapped: new Uint8Array(stored.wrapped) };
    const key = await this.keyRing.withRing((ring) => unwrapDataKey(ring, wrapped, id));
    this.unwrapped.set(id, key);
    return key;
  }

  /** The one key for networks, presences and known locations; created on first use. */
  async networkIntelligence(manager: EntityManager): Promise<DataKey> {
    const id = await this.repository.networkIntelligenceKeyId(manager);
    if (id) return this.get(manager, id);
    // Two instances may race to create it; the partial unique index lets only one win.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['data_key:NETWORK_INTELLIGENCE']);
    const again = await this.repository.networkIntelligenceKeyId(manager);
    return again ? this.get(manager, again) : this.create(manager, 'NETWORK_INTELLIGENCE');
  }

  async shred(manager: EntityManager, id: string): Promise<void> {
    await this.repository.shred(manager, id);
    this.unwrapped.delete(id);
  }

  forget(id: string): void {
    this.unwrapped.delete(id);
  }
}
