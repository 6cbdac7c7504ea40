import { formatCheckpointBody, parseCheckpointBody } from './tlog-checkpoint.js';
import type { CheckpointBody } from './tlog-checkpoint.js';
import { InvalidNoteError, noteKeyFromJwk, signNote, verifyNote } from './signed-note.js';
import type { Ed25519Jwk, NoteKey } from './signed-note.js';

/** The log's origin line and key name when none is configured (AUDIT_LOG_ORIGIN). */
export const DEFAULT_LOG_ORIGIN = 'registry.local/audit-log';

/** The checkpoint note for `body`, signed by the log's key under the origin as key name. */
export function signLogCheckpoint(body: CheckpointBody, privateJwk: Ed25519Jwk): string {
  return signNote(formatCheckpointBody(body), body.origin, privateJwk);
}

/**
 * Checks a checkpoint note against the log's public key (and, when given, the origin it must name): the
 * body the log signed, and the witness cosignatures among `witnesses` that verified, with their times.
 * Throws InvalidNoteError when the log's signature is missing or wrong.
 */
export function openLogCheckpoint(
  note: string,
  publicJwk: Ed25519Jwk,
  options: { origin?: string; witnesses?: readonly NoteKey[] } = {},
): CheckpointBody & { cosigners: { name: string; timestamp: number }[] } {
  const text = note.slice(0, Math.max(0, note.lastIndexOf('\n\n') + 1));
  const origin = options.origin ?? text.split('\n', 1)[0] ?? '';
  const logKey = noteKeyFromJwk(origin, publicJwk);
  const { signers } = verifyNote(note, [logKey, ...(options.witnesses ?? [])]);
  if (!signers.some((s) => s.name === origin && s.timestamp === null)) throw new InvalidNoteError('the log did not sign this checkpoint');
  const body = parseCheckpointBody(text);
  if (body.origin !== origin) throw new InvalidNoteError('the checkpoint names another log');
  const cosigners = signers.filter((s) => s.timestamp !== null).map((s) => ({ name: s.name, timestamp: s.timestamp! }));
  return { ...body, cosigners };
}
