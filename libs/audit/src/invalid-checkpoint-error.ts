/**
 * A checkpoint that cannot be trusted: bad signature, unknown key, wrong type, malformed payload or
 * export line. The message names what failed, never the token or key.
 */
export class InvalidCheckpointError extends Error {
  override readonly name = 'InvalidCheckpointError';
}
