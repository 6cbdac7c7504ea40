import type { StoredDataKey } from './data-key.repository.js';

/** A data key's row joined to its record as `k`, under names that cannot clash with the record's columns. */
export const KEY_COLUMNS =
  'k.purpose AS key_purpose, k.kek_version AS key_kek_version, k.wrapped AS key_wrapped, k.shredded_at AS key_shredded_at';

/** The key row a statement read joined to its record, as the key service takes it; undefined if there was none. */
export function storedKeyOf(id: string, row: Record<string, unknown>): StoredDataKey | undefined {
  if (row.key_purpose === null || row.key_purpose === undefined) return undefined;
  return {
    id,
    purpose: row.key_purpose as StoredDataKey['purpose'],
    kekVersion: row.key_kek_version as number | null,
    wrapped: row.key_wrapped as Buffer | null,
    shreddedAt: row.key_shredded_at as Date | null,
  };
}
