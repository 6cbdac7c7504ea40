import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { kekFloorForWrapping, shredDataKeys } from '@registry/database';
import type { EntityManager } from 'typeorm';

export type DataKeyPurpose = 'CASE' | 'PERSON' | 'NETWORK_INTELLIGENCE';

export interface StoredDataKey {
  id: string;
  purpose: DataKeyPurpose;
  kekVersion: number | null;
  wrapped: Buffer | null;
  shreddedAt: Date | null;
}

/** SQL for the data_key table: wrapped keys only, never a key in the clear. */
@Injectable()
export class DataKeyRepository {
  async insert(manager: EntityManager, purpose: DataKeyPurpose, id: string, kekVersion: number, wrapped: Uint8Array): Promise<void> {
    await manager.query('INSERT INTO data_key (id, purpose, kek_version, wrapped) VALUES ($1, $2, $3, $4)', [
      id,
      purpose,
      kekVersion,
      Buffer.from(wrapped),
    ]);
  }

  async find(manager: EntityManager, id: string): Promise<StoredDataKey | undefined> {
    const rows = (await manager.query('SELECT id, purpose, kek_version, wrapped, shredded_at FROM data_key WHERE id = $1', [id])) as {
      id: string;
      purpose: DataKeyPurpose;
      kek_version: number | null;
      wrapped: Buffer | null;
      shredded_at: Date | null;
    }[];
    const row = rows[0];
    return row && { id: row.id, purpose: row.purpose, kekVersion: row.kek_version, wrapped: row.wrapped, shreddedAt: row.shredded_at };
  }

  /** One primary-key probe: has the key been destroyed (by this instance, another one, or the CLI)? */
  async isShredded(manager: EntityManager, id: string): Promise<boolean> {
    const rows = (await manager.query('SELECT shredded_at IS NOT NULL AS shredded FROM data_key WHERE id = $1', [id])) as {
      shredded: boolean;
    }[];
    // A key whose row is gone has nothing left to vouch for it.
    return rows[0]?.shredded ?? true;
  }

  /** The oldest key-encryption key version a new key may use, share-locked until the transaction ends (see key custody). */
  kekFloor(manager: EntityManager): Promise<number> {
    return kekFloorForWrapping(manager);
  }

  async networkIntelligenceKeyId(manager: EntityManager): Promise<string | undefined> {
    const rows = (await manager.query("SELECT id FROM data_key WHERE purpose = 'NETWORK_INTELLIGENCE'")) as { id: string }[];
    return rows[0]?.id;
  }

  /** Destroys the key material; the row stays so that reads can say the data was erased. */
  async shred(manager: EntityManager, id: string): Promise<void> {
    await shredDataKeys(manager, [id]);
  }

  newId(): string {
    return randomUUID();
  }
}
