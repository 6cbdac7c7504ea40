import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type DataKeyPurpose = 'CASE' | 'PERSON' | 'NETWORK_INTELLIGENCE';

export interface StoredDataKey {
  id: string;
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
    const rows = (await manager.query('SELECT id, kek_version, wrapped, shredded_at FROM data_key WHERE id = $1', [id])) as {
      id: string;
      kek_version: number | null;
      wrapped: Buffer | null;
      shredded_at: Date | null;
    }[];
    const row = rows[0];
    return row && { id: row.id, kekVersion: row.kek_version, wrapped: row.wrapped, shreddedAt: row.shredded_at };
  }

  async networkIntelligenceKeyId(manager: EntityManager): Promise<string | undefined> {
    const rows = (await manager.query("SELECT id FROM data_key WHERE purpose = 'NETWORK_INTELLIGENCE'")) as { id: string }[];
    return rows[0]?.id;
  }

  /** Destroys the key material; the row stays so that reads can say the data was erased. */
  async shred(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE data_key SET wrapped = NULL, kek_version = NULL, shredded_at = now() WHERE id = $1 AND shredded_at IS NULL',
      [id],
    );
  }

  newId(): string {
    return randomUUID();
  }
}
