import { IntegrityError, verifyRowMac, type KeyRing } from '@registry/crypto';

/** What `rowMacPairSql` selects: the canonical row and its stored MAC (base64), as the driver parses jsonb. */
export type RowMacPair = [canonicalRow: string, macBase64: string | null];

/**
 * @throws IntegrityError when the proof is missing or malformed, or the row's MAC does not match it.
 */
export function verifyRowMacPair(ring: KeyRing, pair: unknown): void {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') {
    throw new IntegrityError('a protected row came without its proof');
  }
  const mac = typeof pair[1] === 'string' ? new Uint8Array(Buffer.from(pair[1], 'base64')) : null;
  verifyRowMac(ring, pair[0], mac);
}

/** Every proof of an aggregate (`rowMacPairsAggSql`). */
export function verifyRowMacPairs(ring: KeyRing, pairs: unknown): void {
  if (!Array.isArray(pairs)) throw new IntegrityError('a protected row came without its proof');
  for (const pair of pairs) verifyRowMacPair(ring, pair);
}
