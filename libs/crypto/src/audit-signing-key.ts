import { toBase64Url } from './base64url.js';
import type { KeyRing } from './key-ring.js';

/** Ed25519 public key as a JWK (RFC 8037); jose 6 takes it with `importJWK(jwk, 'EdDSA')`. */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** base64url public key */
  x: string;
}

export interface Ed25519PrivateJwk extends Ed25519PublicJwk {
  /** base64url 32-byte seed */
  d: string;
}

export interface AuditSigningKey {
  privateJwk: Ed25519PrivateJwk;
  publicJwk: Ed25519PublicJwk;
}

/** The key the audit log signs its JWS checkpoints with; fresh objects each call, so callers may mutate them. */
export function auditSigningKey(ring: KeyRing): AuditSigningKey {
  const x = toBase64Url(ring.auditSigningPublicKey);
  return {
    privateJwk: { kty: 'OKP', crv: 'Ed25519', x, d: toBase64Url(ring.auditSigningSeed) },
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x },
  };
}
