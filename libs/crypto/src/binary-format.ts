/*
 * Shared pieces of the two binary formats (sealed fields and wrapped data keys). Both start with a format
 * version byte so that a future format can be told apart from this one without guessing.
 */
export const FORMAT_V1 = 0x01;
export const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
export const TAG_BYTES = 16; // crypto_aead_xchacha20poly1305_ietf_ABYTES
export const HEADER_BYTES = 1 + NONCE_BYTES;

/** Writes `value` as UTF-8 after a 4-byte big-endian length, so adjacent strings cannot run into each other. */
export function writeLengthPrefixed(target: Uint8Array, offset: number, value: string): number {
  const { written } = textEncoder.encodeInto(value, target.subarray(offset + 4));
  writeUint32(target, offset, written);
  return offset + 4 + written;
}

/** Upper bound of writeLengthPrefixed's output: UTF-8 needs at most 3 bytes per UTF-16 code unit. */
export function lengthPrefixedMaxBytes(value: string): number {
  return 4 + value.length * 3;
}

export function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = value >>> 24;
  target[offset + 1] = (value >>> 16) & 0xff;
  target[offset + 2] = (value >>> 8) & 0xff;
  target[offset + 3] = value & 0xff;
}

const textEncoder = new TextEncoder();
