import { randomFillSync } from 'node:crypto';
import { NONCE_BYTES } from './binary-format.js';

/*
 * Random nonces from a pool refilled by the OS CSPRNG: one call into it per 170 nonces instead of one per
 * sealed value. XChaCha20's 192-bit nonce is long enough to be chosen at random for any number of values
 * under one key; every pool byte is handed out once. Nonces need not be secret, only never repeated.
 */
const pool = new Uint8Array(NONCE_BYTES * 170);
let next = pool.length;

export function fillNonce(target: Uint8Array): void {
  if (next + NONCE_BYTES > pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  target.set(pool.subarray(next, next + NONCE_BYTES));
  next += NONCE_BYTES;
}
