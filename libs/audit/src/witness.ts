import { COSIGNATURE_TYPE, InvalidNoteError, cosignatureLine, noteKeyFromJwk, parseNote, verifyNote } from './signed-note.js';
import type { Ed25519Jwk, NoteKey } from './signed-note.js';
import { parseCheckpointBody } from './tlog-checkpoint.js';
import { verifyConsistency } from './merkle-tree.js';

/**
 * The witness side of C2SP tlog-witness (https://c2sp.org/tlog-witness), as pure functions: parse an
 * add-checkpoint request, check it against the last checkpoint cosigned for that origin, and answer. The
 * caller (apps/witness) persists the new state before it sends the answer, atomically with the check.
 */

/** What a witness remembers per log: the latest checkpoint it cosigned. */
export interface WitnessedTree {
  size: number;
  /** base64 root hash */
  root: string;
}

export interface WitnessConfig {
  /** The witness's key name, e.g. `witness.example/w1`. */
  name: string;
  privateJwk: Ed25519Jwk;
  /** The logs it witnesses: origin and the log's public key. */
  logs: readonly NoteKey[];
}

export interface AddCheckpointRequest {
  oldSize: number;
  proof: Buffer[];
  note: string;
}

export type WitnessAnswer =
  | { status: 200; body: string; origin: string; tree: WitnessedTree }
  | { status: 400 | 403 | 404 | 422; body: string }
  | { status: 409; body: string; contentType: 'text/x.tlog.size' | 'text/plain' };

const MAX_PROOF_LINES = 63;

/** The request body: `old <size>`, proof lines (base64), a blank line, the checkpoint note. */
export function formatAddCheckpoint(request: AddCheckpointRequest): string {
  return `old ${request.oldSize}\n${request.proof.map((p) => `${p.toString('base64')}\n`).join('')}\n${request.note}`;
}

export function parseAddCheckpoint(body: string): AddCheckpointRequest {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw new InvalidNoteError('request has no blank line before the checkpoint');
  const [oldLine, ...proofLines] = body.slice(0, blank).split('\n');
  const match = /^old (0|[1-9]\d*)$/.exec(oldLine ?? '');
  if (!match || !Number.isSafeInteger(Number(match[1]))) throw new InvalidNoteError('request has no old size line');
  if (proofLines.length > MAX_PROOF_LINES) throw new InvalidNoteError('too many proof lines');
  const proof = proofLines.map((line) => {
    const hash = Buffer.from(line, 'base64');
    if (hash.length !== 32 || hash.toString('base64') !== line) throw new InvalidNoteError('a proof line is not a base64 hash');
    return hash;
  });
  return { oldSize: Number(match[1]), proof, note: body.slice(blank + 2) };
}

/**
 * Answers one add-checkpoint request given the last tree cosigned per origin. Cosigns only a checkpoint the
 * log signed that extends (by a verified consistency proof) or equals that tree.
 */
export function addCheckpoint(
  config: WitnessConfig,
  state: ReadonlyMap<string, WitnessedTree>,
  body: string,
  now: Date = new Date(),
): WitnessAnswer {
  let request: AddCheckpointRequest;
  let text: string;
  try {
    request = parseAddCheckpoint(body);
    text = parseNote(request.note).text;
  } catch (error) {
    return { status: 400, body: `${(error as Error).message}\n` };
  }
  const origin = text.split('\n', 1)[0]!;
  const logKey = config.logs.find((log) => log.name === origin);
  if (logKey === undefined) return { status: 404, body: 'unknown log\n' };
  let checkpoint;
  try {
    verifyNote(request.note, [logKey]);
    checkpoint = parseCheckpointBody(text);
  } catch (error) {
    return { status: 403, body: `${(error as Error).message}\n` };
  }
  if (request.oldSize > checkpoint.size) return { status: 400, body: 'old size exceeds the checkpoint size\n' };
  const known = state.get(origin) ?? { size: 0, root: '' };
  if (request.oldSize !== known.size) return { status: 409, body: `${known.size}\n`, contentType: 'text/x.tlog.size' };
  const root = checkpoint.rootHash.toString('base64');
  if (known.size === checkpoint.size) {
    if (known.root !== root)
      return { status: 409, body: 'the root differs from the one cosigned at this size\n', contentType: 'text/plain' };
  } else if (known.size > 0) {
    const oldRoot = Buffer.from(known.root, 'base64');
    if (!verifyConsistency(known.size, checkpoint.size, request.proof, oldRoot, checkpoint.rootHash)) {
      return { status: 422, body: 'the consistency proof does not verify\n' };
    }
  } else if (request.proof.length > 0) {
    return { status: 422, body: 'the proof must be empty from size 0\n' };
  }
  const line = cosignatureLine(text, config.name, config.privateJwk, Math.floor(now.getTime() / 1000));
  return { status: 200, body: line, origin, tree: { size: checkpoint.size, root } };
}

/** The witness's verifier key (cosignature type), as logs and auditors configure it. */
export function witnessKey(name: string, jwk: Ed25519Jwk): NoteKey {
  return noteKeyFromJwk(name, jwk, COSIGNATURE_TYPE);
}
