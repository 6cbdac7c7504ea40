import { openText, unwrapDataKey, type KeyRing } from '@registry/crypto';
import type { EntityManager } from 'typeorm';

/** The prefix every network of `npm run demo` carries (apps/registry-cli/src/demo/demo-loader.ts). */
export const DEMO_NETWORK_PREFIX = 'Demo: ';

export type RegisterVerdict = { demo: true; networks: number } | { demo: false; reason: string };

/**
 * Whether the register is the demo's: it has networks, and every one of them is named "Demo: …". A network's
 * name is sealed, so this opens the names with the key ring, as the service would, and keeps none of them:
 * only the verdict leaves this function. A real register has real network names, so one network not named by
 * the demo (or none at all) is enough to refuse.
 */
export async function judgeRegister(m: EntityManager, ring: KeyRing): Promise<RegisterVerdict> {
  const rows = (await m.query(
    `SELECT n.id, n.name_sealed, k.id AS key_id, k.kek_version, k.wrapped
       FROM network n JOIN data_key k ON k.id = n.data_key_id`,
  )) as { id: string; name_sealed: Buffer; key_id: string; kek_version: number | null; wrapped: Buffer | null }[];
  if (rows.length === 0) return { demo: false, reason: 'the register has no networks' };
  const keys = new Map<string, ReturnType<typeof unwrapDataKey>>();
  try {
    for (const row of rows) {
      if (row.wrapped === null || row.kek_version === null) return { demo: false, reason: 'a network key was shredded' };
      let key = keys.get(row.key_id);
      if (!key) {
        key = unwrapDataKey(ring, { kekVersion: row.kek_version, wrapped: new Uint8Array(row.wrapped) }, row.key_id);
        keys.set(row.key_id, key);
      }
      const name = openText(key, { table: 'network', column: 'name', rowId: row.id }, new Uint8Array(row.name_sealed));
      if (!name.startsWith(DEMO_NETWORK_PREFIX)) return { demo: false, reason: `a network is not named "${DEMO_NETWORK_PREFIX}…"` };
    }
  } finally {
    for (const key of keys.values()) key.wipe();
  }
  return { demo: true, networks: rows.length };
}
