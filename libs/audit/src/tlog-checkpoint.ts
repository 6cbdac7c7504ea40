import { InvalidNoteError } from './signed-note.js';

/**
 * The body of a C2SP checkpoint (https://c2sp.org/tlog-checkpoint): origin, tree size, base64 root hash,
 * and one extension line of ours, `timestamp <ISO 8601 UTC>`: when the log signed it. A heartbeat is the
 * same size and root signed again with a later timestamp, so an idle log and a cut-off one look different
 * (an auditor who sees a fresh timestamp at size N knows the log had N events at that moment). The
 * timestamp is an extension line rather than a cosignature-style header so that any signed-note verifier
 * checks the log's plain Ed25519 signature; witnesses sign all lines (tlog-cosignature) but vouch only for
 * the first three.
 */
export interface CheckpointBody {
  origin: string;
  size: number;
  /** 32-byte root hash. */
  rootHash: Buffer;
  /** ISO 8601 UTC with milliseconds. */
  timestamp: string;
}

const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function formatCheckpointBody(body: CheckpointBody): string {
  if (body.origin === '' || /[\s+]/u.test(body.origin)) throw new TypeError('origin must be non-empty, without spaces or "+"');
  if (!Number.isSafeInteger(body.size) || body.size < 0) throw new RangeError('tree size must be a non-negative integer');
  if (body.rootHash.length !== 32) throw new RangeError('root hash must be 32 bytes');
  if (!ISO_UTC_MILLIS.test(body.timestamp)) throw new TypeError('timestamp must be ISO 8601 UTC with milliseconds');
  return `${body.origin}\n${body.size}\n${body.rootHash.toString('base64')}\ntimestamp ${body.timestamp}\n`;
}

export function parseCheckpointBody(text: string): CheckpointBody {
  const lines = text.split('\n');
  if (lines.pop() !== '' || lines.length < 3) throw new InvalidNoteError('a checkpoint has origin, size and root lines');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (!/^(0|[1-9]\d*)$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine)))
    throw new InvalidNoteError('checkpoint size is not a decimal');
  const rootHash = Buffer.from(rootLine, 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== rootLine)
    throw new InvalidNoteError('checkpoint root is not a base64 hash');
  const stamp = extensions.find((line) => line.startsWith('timestamp '))?.slice('timestamp '.length);
  if (stamp === undefined || !ISO_UTC_MILLIS.test(stamp)) throw new InvalidNoteError('checkpoint has no timestamp line');
  return { origin, size: Number(sizeLine), rootHash, timestamp: stamp };
}
