/** Key material in the key ring file is unpadded base64url, as in JWKs. */
export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Strict decoding: Buffer's decoder skips characters it does not know, so a damaged key could decode to
 * something of the right length. Only the canonical encoding of exactly `length` bytes is accepted.
 */
export function fromBase64Url(text: unknown, length: number): Uint8Array | undefined {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length !== length || bytes.toString('base64url') !== text) return undefined;
  // A copy: small Buffers are views into a shared pool.
  return new Uint8Array(bytes);
}
