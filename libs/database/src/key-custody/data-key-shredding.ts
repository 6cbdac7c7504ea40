import type { EntityManager } from 'typeorm';
import { countShredding, lockKeyCustody, updatedRows } from './custody-state.js';

/**
 * Destroys data keys: the wrapped key and its version go, the row stays (so that reads can say the data
 * was erased rather than that it never existed). Already destroyed keys are left as they are.
 * Counts the shredding and marks the checker's decrypted facts stale, so no instance keeps serving
 * values that were sealed under a destroyed key from its memory.
 * @returns the ids destroyed by this call
 */
export async function shredDataKeys(m: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  await lockKeyCustody(m);
  const result = await m.query(
    `UPDATE data_key SET wrapped = NULL, kek_version = NULL, shredded_at = now()
      WHERE id = ANY($1::uuid[]) AND shredded_at IS NULL
      RETURNING id`,
    [ids],
  );
  const destroyed = updatedRows<{ id: string }>(result).map((row) => row.id);
  if (destroyed.length > 0) {
    await countShredding(m);
    await m.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
  }
  return destroyed;
}
