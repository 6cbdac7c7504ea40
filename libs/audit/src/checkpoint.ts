import { SignJWT, calculateJwkThumbprint, importJWK, jwtVerify } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { InvalidCheckpointError } from './invalid-checkpoint-error.js';

/** Explicit JWT type (RFC 8725 §3.11) so no other token signed by the same key can pass as a checkpoint. */
export const CHECKPOINT_TYPE = 'audit-checkpoint+jwt';
const ALGORITHM = 'EdDSA';

/** What a checkpoint vouches for: the chain's head at one moment. */
export interface CheckpointPayload {
  seq: number;
  /** hash of the event at `seq`. */
  hash: string;
  /** when the checkpoint was signed (ISO 8601 UTC). */
  at: string;
}

/**
 * A checkpoint as stored and exported: the payload in clear beside what signs it. Since the Merkle tree
 * (1732300011000) that is `note`, a C2SP checkpoint over the tree of the first `seq` events (its
 * timestamp line is `at`; `hash`, the chain hash of event `seq`, is then bookkeeping the note does not
 * sign). Checkpoints signed before carry `jws`, a JWS over `{seq, hash, at}`. Exactly one of the two.
 */
export interface SignedCheckpoint extends CheckpointPayload {
  jws?: string;
  note?: string;
  /** The tree's compact range at `seq` (hex, largest subtree first), so the next one reads only later events. */
  frontier?: readonly string[];
}

/** An Ed25519 private key as a JWK: `{ kty: 'OKP', crv: 'Ed25519', x, d, kid? }`. */
export type CheckpointSigningKey = JWK;

/**
 * Ed25519 public key(s) as JWK. A list holds the current and retired signing keys and is matched on
 * the token's `kid`; a single key is used whatever the `kid` says. A `d` member is ignored.
 */
export type CheckpointVerificationKey = JWK | readonly JWK[];

/** Signs the head `{ seq, hash, at }`; `kid` is the key's own `kid` or else its RFC 7638 thumbprint. */
export async function signCheckpoint(payload: CheckpointPayload, privateKey: CheckpointSigningKey): Promise<string> {
  checkPayload(payload);
  if (!isEd25519(privateKey) || typeof privateKey.d !== 'string') {
    throw new TypeError('checkpoint signing key must be an Ed25519 private JWK');
  }
  const kid = privateKey.kid ?? (await thumbprint(privateKey));
  const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: privateKey.x, d: privateKey.d }, ALGORITHM);
  return new SignJWT({ seq: payload.seq, hash: payload.hash, at: payload.at })
    .setProtectedHeader({ alg: ALGORITHM, typ: CHECKPOINT_TYPE, kid })
    .sign(key);
}

/** The signed payload, or InvalidCheckpointError. */
export async function verifyCheckpoint(jws: string, publicKey: CheckpointVerificationKey): Promise<CheckpointPayload> {
  return (await checkpointVerifier(publicKey))(jws);
}

export type CheckpointVerifier = (jws: string) => Promise<CheckpointPayload>;

/** Imports the key(s) once, for verifying many checkpoints. */
export async function checkpointVerifier(publicKey: CheckpointVerificationKey): Promise<CheckpointVerifier> {
  const jwks: readonly JWK[] = isKeyList(publicKey) ? publicKey : [publicKey];
  const keys = new Map<string, CryptoKey>();
  for (const jwk of jwks) {
    if (!isEd25519(jwk)) throw new TypeError('checkpoint verification key must be an Ed25519 JWK');
    const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }, ALGORITHM);
    keys.set(jwk.kid ?? (await thumbprint(jwk)), key as CryptoKey);
  }
  const single = isKeyList(publicKey) ? null : [...keys.values()][0]!;

  return async (jws) => {
    if (typeof jws !== 'string') throw new InvalidCheckpointError('checkpoint token is not a string');
    let payload: Record<string, unknown>;
    try {
      const verified = await jwtVerify(
        jws,
        (header) => {
          const key = single ?? (typeof header.kid === 'string' ? keys.get(header.kid) : undefined);
          if (key === undefined) throw new InvalidCheckpointError('checkpoint signed by an unknown key');
          return key;
        },
        { algorithms: [ALGORITHM], typ: CHECKPOINT_TYPE },
      );
      payload = verified.payload;
    } catch (error) {
      if (error instanceof InvalidCheckpointError) throw error;
      const code = (error as { code?: unknown }).code;
      throw new InvalidCheckpointError(`checkpoint signature check failed (${typeof code === 'string' ? code : 'malformed'})`, {
        cause: error,
      });
    }
    const claims = { seq: payload['seq'], hash: payload['hash'], at: payload['at'] };
    checkPayload(claims, InvalidCheckpointError);
    return { seq: claims.seq, hash: claims.hash, at: claims.at };
  };
}

const HEX_HASH = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Asserts the shape of a checkpoint payload, throwing `ErrorClass` (TypeError for the caller's own input). */
export function checkPayload(
  value: { [K in keyof CheckpointPayload]?: unknown },
  ErrorClass: new (message: string) => Error = TypeError,
): asserts value is CheckpointPayload {
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 1) {
    throw new ErrorClass('checkpoint seq must be a positive integer');
  }
  if (typeof value.hash !== 'string' || !HEX_HASH.test(value.hash)) {
    throw new ErrorClass('checkpoint hash must be 64 lowercase hex digits');
  }
  if (typeof value.at !== 'string' || !ISO_UTC.test(value.at)) {
    throw new ErrorClass('checkpoint at must be an ISO 8601 UTC timestamp');
  }
}

function isEd25519(jwk: JWK): jwk is JWK & { x: string } {
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
}

function isKeyList(key: CheckpointVerificationKey): key is readonly JWK[] {
  return Array.isArray(key);
}

function thumbprint(jwk: JWK & { x: string }): Promise<string> {
  return calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
}
