/*
 * The audit-signing key's own rotation and its published list. The key is a key of its own (an Ed25519
 * seed in the ring, not derived from any other), so it rotates apart from the KEKs and blind-index keys:
 * a new seed signs from then on, and the old public key stays in the ring as retired, so that checkpoints
 * it signed still verify. `auditPublicKeys` is the list an outside verifier is given (and `npm run keys --
 * audit-public-keys` prints): the current key and every retired one, each with its RFC 7638 thumbprint.
 */
import { createHash } from 'node:crypto';
import { toBase64Url } from './base64url.js';
import { AUDIT_SIGNING_SEED_BYTES, KeyRing } from './key-ring.js';
import { sodium } from './sodium.js';

export interface PublishedAuditKey {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
  kid: string;
  status: 'current' | 'retired';
  /** For a retired key: when it stopped signing. */
  retiredAt?: string;
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
function thumbprint(x: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
}

function published(publicKey: Uint8Array, status: 'current' | 'retired', retiredAt?: string): PublishedAuditKey {
  const x = toBase64Url(publicKey);
  return { kty: 'OKP', crv: 'Ed25519', x, kid: thumbprint(x), status, ...(retiredAt ? { retiredAt } : {}) };
}

/** The current audit-signing public key first, then the retired ones, newest first. Public halves only. */
export function auditPublicKeys(ring: KeyRing): PublishedAuditKey[] {
  return [
    published(ring.auditSigningPublicKey, 'current'),
    ...[...ring.retiredAuditPublicKeys].reverse().map((k) => published(k.publicKey, 'retired', k.retiredAt)),
  ];
}

/** A new audit-signing key; the old one's public half is kept as retired (its private half leaves the ring). */
export function rotateAuditSigningKey(ring: KeyRing, now: Date = new Date()): KeyRing {
  const current = ring.material();
  return new KeyRing({
    ...current,
    auditSigningSeed: sodium().randombytes_buf(AUDIT_SIGNING_SEED_BYTES),
    retiredAuditPublicKeys: [...ring.retiredAuditPublicKeys, { publicKey: ring.auditSigningPublicKey, retiredAt: now.toISOString() }],
  });
}
