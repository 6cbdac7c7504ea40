import type { JWK } from 'jose';
import type { AuditEventRecord } from './audit-event.js';
import { checkPayload, checkpointVerifier } from './checkpoint.js';
import type { CheckpointVerificationKey, SignedCheckpoint } from './checkpoint.js';
import { CompactRange } from './compact-range.js';
import { GENESIS_PREV_HASH, chainHash } from './hash-chain.js';
import { InvalidCheckpointError } from './invalid-checkpoint-error.js';
import { openLogCheckpoint } from './log-checkpoint.js';
import { leafHash } from './merkle-tree.js';
import { personalMatches } from './personal-commitment.js';
import { InvalidNoteError } from './signed-note.js';
import type { NoteKey } from './signed-note.js';

export interface VerifyChainOptions {
  /**
   * First seq the events are expected to start at (default 1). To verify the range [fromSeq, toSeq],
   * pass fromSeq here and the hash of event fromSeq - 1 as `startPrevHash`.
   */
  startSeq?: number;
  /** Hash of the event before `startSeq`; genesis (64 zeros) by default, required when startSeq > 1. */
  startPrevHash?: string;
  /**
   * Last seq to check: reading stops there and the events must reach it. Without it the events are
   * read to their end, and a checkpoint beyond the last event shows the tail was cut off.
   */
  toSeq?: number;
  /** Checkpoints outside [startSeq - 1, toSeq] are ignored; one at startSeq - 1 is checked against startPrevHash. */
  checkpoints?: readonly SignedCheckpoint[];
  publicKey: CheckpointVerificationKey;
  /** The origin line (and key name) a checkpoint note must carry; by default the one it names. */
  origin?: string;
  /** Witness keys whose cosignatures on a note are checked (others are ignored). */
  witnesses?: readonly NoteKey[];
  /**
   * The Merkle tree's compact range over events 1 .. startSeq - 1, needed to check checkpoint notes when
   * startSeq > 1 (verifyStoredRange finds it from a stored checkpoint).
   */
  startFrontier?: CompactRange;
}

export interface ChainVerification {
  valid: boolean;
  /** Events found sound before the first fault (firstInvalidSeq - startSeq when a fault is in range). */
  checkedEvents: number;
  /** The first seq that does not fit: an altered event, a missing one, a broken link or a bad checkpoint. */
  firstInvalidSeq: number | null;
  /** What was wrong, in words that name seqs only (safe for logs and auditors). */
  reason?: string;
  /** Highest checkpoint whose signature held and whose {seq, hash} (JWS) or Merkle root (note) matched the chain. */
  lastSignedCheckpointSeq: number | null;
  /**
   * Events checked that no valid signed checkpoint covers: those after lastSignedCheckpointSeq. Events a
   * checkpoint covers cannot be cut off or rewritten unseen; these can, until the next checkpoint.
   */
  uncoveredEvents: number;
}

interface CheckpointVerdict {
  seq: number;
  /** The signed chain hash (JWS checkpoints), or null. */
  hash: string | null;
  /** The signed Merkle root (note checkpoints), or null. */
  root: Buffer | null;
  fault: string | null;
}

/**
 * Walks the events in order and checks each one's seq, link and hash, and every checkpoint in range.
 * Stops at the first fault. Accepts an async iterable so the caller can stream pages from the database;
 * plain iterables are walked without awaiting per event.
 */
export async function verifyChain(
  events: Iterable<AuditEventRecord> | AsyncIterable<AuditEventRecord>,
  options: VerifyChainOptions,
): Promise<ChainVerification> {
  const startSeq = options.startSeq ?? 1;
  if (!Number.isSafeInteger(startSeq) || startSeq < 1) throw new RangeError('startSeq must be a positive integer');
  if (startSeq > 1 && options.startPrevHash === undefined) {
    throw new RangeError('startPrevHash (the hash of event startSeq - 1) is required when startSeq > 1');
  }
  const { toSeq } = options;
  if (toSeq !== undefined && (!Number.isSafeInteger(toSeq) || toSeq < startSeq - 1)) {
    throw new RangeError('toSeq must be an integer no less than startSeq - 1');
  }

  const inRange: SignedCheckpoint[] = [];
  for (const checkpoint of options.checkpoints ?? []) {
    try {
      // A note carries what it signs; `hash` beside it is bookkeeping (absent for a note from the archive).
      if (checkpoint.note === undefined) checkPayload(checkpoint, InvalidCheckpointError);
      else if (!Number.isSafeInteger(checkpoint.seq) || checkpoint.seq < 0)
        throw new InvalidCheckpointError('checkpoint seq must be a whole number');
    } catch (error) {
      return failure(0, null, `malformed checkpoint record: ${(error as Error).message}`, null);
    }
    if (checkpoint.seq >= Math.max(1, startSeq - 1) && (toSeq === undefined || checkpoint.seq <= toSeq)) inRange.push(checkpoint);
  }
  inRange.sort((a, b) => a.seq - b.seq);
  const verify = await checkpointVerifier(options.publicKey);
  const noteKeys = publicKeyList(options.publicKey);
  const verdicts = await Promise.all(
    inRange.map(async ({ seq, hash, at, jws, note }): Promise<CheckpointVerdict> => {
      if (note !== undefined) return noteVerdict(seq, at, note, noteKeys, options);
      try {
        if (jws === undefined) throw new InvalidCheckpointError('checkpoint has neither a note nor a jws');
        const signed = await verify(jws);
        if (signed.seq !== seq || signed.hash !== hash || signed.at !== at) {
          return { seq, hash: null, root: null, fault: `checkpoint at seq ${seq} differs from its signed payload` };
        }
        return { seq, hash: signed.hash, root: null, fault: null };
      } catch (error) {
        if (!(error instanceof InvalidCheckpointError)) throw error;
        return { seq, hash: null, root: null, fault: `checkpoint at seq ${seq}: ${error.message}` };
      }
    }),
  );

  let range: CompactRange | null = null;
  if (startSeq === 1) range = CompactRange.empty();
  else if (options.startFrontier !== undefined) {
    if (options.startFrontier.size !== startSeq - 1) throw new RangeError('startFrontier must cover events 1 .. startSeq - 1');
    range = options.startFrontier.clone();
  } else if (verdicts.some((v) => v.root !== null)) {
    throw new RangeError('startFrontier is required to check checkpoint notes when startSeq > 1');
  }
  const walk = new ChainWalk(startSeq, options.startPrevHash ?? GENESIS_PREV_HASH, verdicts, range);
  if (startSeq > 1 && !walk.checkCheckpoints(startSeq - 1, walk.prevHash)) return walk.result();
  if (toSeq !== undefined && toSeq < startSeq) return walk.finish(toSeq);

  if (Symbol.asyncIterator in events) {
    for await (const event of events) {
      if (!walk.step(event) || walk.expectedSeq > (toSeq ?? Infinity)) break;
    }
  } else {
    for (const event of events) {
      if (!walk.step(event) || walk.expectedSeq > (toSeq ?? Infinity)) break;
    }
  }
  return walk.finish(toSeq);
}

class ChainWalk {
  checkedEvents = 0;
  private nextCheckpoint = 0;
  private lastSignedSeq: number | null = null;
  private fault: { seq: number; reason: string } | null = null;

  constructor(
    public expectedSeq: number,
    public prevHash: string,
    private readonly verdicts: readonly CheckpointVerdict[],
    /** The Merkle tree over the events walked so far (null only when no note needs it). */
    private readonly tree: CompactRange | null,
  ) {}

  /** Checks one event; false once a fault is found. */
  step(event: AuditEventRecord): boolean {
    const seq = this.expectedSeq;
    if (typeof event !== 'object' || event === null) return this.fail(seq, `event ${seq} is malformed`);
    if (event.seq !== seq) {
      const found = Number.isSafeInteger(event.seq) ? `seq ${event.seq}` : 'a malformed seq';
      const what = Number.isSafeInteger(event.seq) && event.seq > seq ? 'missing' : 'out of order';
      return this.fail(seq, `event ${seq} is ${what}: expected seq ${seq}, found ${found}`);
    }
    if (event.prevHash !== this.prevHash) return this.fail(seq, `event ${seq} does not link to the event before it`);
    // Kept personal values must be the committed ones; erased ones (no salt) leave only the commitments.
    if (event.personal && !personalMatches(event.personal, event)) {
      return this.fail(seq, `event ${seq}'s personal fields do not match their commitments`);
    }
    let hash: string;
    try {
      hash = chainHash(this.prevHash, event);
    } catch {
      return this.fail(seq, `event ${seq} is malformed`);
    }
    if (hash !== event.hash) return this.fail(seq, `event ${seq} does not match its hash`);
    this.tree?.append(leafHash(Buffer.from(hash, 'hex')));
    if (!this.checkCheckpoints(seq, hash)) return false;
    this.checkedEvents++;
    this.prevHash = hash;
    this.expectedSeq = seq + 1;
    return true;
  }

  /** Checks every checkpoint signed at `seq` against the chain's hash there. */
  checkCheckpoints(seq: number, hash: string): boolean {
    const { verdicts } = this;
    while (this.nextCheckpoint < verdicts.length && verdicts[this.nextCheckpoint]!.seq === seq) {
      const verdict = verdicts[this.nextCheckpoint++]!;
      if (verdict.fault !== null) return this.fail(seq, verdict.fault);
      if (verdict.root !== null) {
        if (this.tree === null || !this.tree.root().equals(verdict.root)) {
          return this.fail(seq, `checkpoint at seq ${seq} does not match the Merkle tree of the events`);
        }
      } else if (verdict.hash !== hash) return this.fail(seq, `checkpoint at seq ${seq} does not match the chain`);
      this.lastSignedSeq = seq;
    }
    return true;
  }

  finish(toSeq: number | undefined): ChainVerification {
    if (this.fault !== null) return this.result();
    const lastSeq = this.expectedSeq - 1;
    if (toSeq !== undefined && lastSeq < toSeq) {
      this.fail(this.expectedSeq, `events end at seq ${lastSeq}, before seq ${toSeq}`);
    } else if (toSeq === undefined && this.nextCheckpoint < this.verdicts.length) {
      // A checkpoint past the end: either it is forged, or events after lastSeq were removed.
      const verdict = this.verdicts[this.nextCheckpoint]!;
      this.fail(
        verdict.fault === null ? this.expectedSeq : verdict.seq,
        verdict.fault ?? `checkpoint at seq ${verdict.seq} is past the last event (${lastSeq}): events are missing`,
      );
    }
    return this.result();
  }

  result(): ChainVerification {
    const lastChecked = this.expectedSeq - 1;
    const uncoveredEvents = this.lastSignedSeq === null ? this.checkedEvents : Math.max(0, lastChecked - this.lastSignedSeq);
    if (this.fault === null) {
      return {
        valid: true,
        checkedEvents: this.checkedEvents,
        firstInvalidSeq: null,
        lastSignedCheckpointSeq: this.lastSignedSeq,
        uncoveredEvents,
      };
    }
    return { ...failure(this.checkedEvents, this.fault.seq, this.fault.reason, this.lastSignedSeq), uncoveredEvents };
  }

  private fail(seq: number, reason: string): false {
    this.fault = { seq, reason };
    return false;
  }
}

function failure(checkedEvents: number, firstInvalidSeq: number | null, reason: string, lastSigned: number | null): ChainVerification {
  return { valid: false, checkedEvents, firstInvalidSeq, reason, lastSignedCheckpointSeq: lastSigned, uncoveredEvents: checkedEvents };
}

/** The Ed25519 keys a note may be signed by: the single key, or each of a list (current and retired). */
function publicKeyList(key: CheckpointVerificationKey): { x: string }[] {
  const keys: readonly JWK[] = Array.isArray(key) ? key : [key as JWK];
  return keys.filter((k): k is JWK & { x: string } => typeof k.x === 'string').map((k) => ({ x: k.x }));
}

/** Opens a checkpoint note with the first key that signed it; a fault names the seq and what was wrong. */
function noteVerdict(
  seq: number,
  at: string,
  note: string,
  keys: readonly { x: string }[],
  options: Pick<VerifyChainOptions, 'origin' | 'witnesses'>,
): CheckpointVerdict {
  let lastError = 'no checkpoint key';
  for (const key of keys) {
    try {
      const opened = openLogCheckpoint(note, key, {
        ...(options.origin === undefined ? {} : { origin: options.origin }),
        ...(options.witnesses === undefined ? {} : { witnesses: options.witnesses }),
      });
      if (opened.size !== seq || opened.timestamp !== at) {
        return { seq, hash: null, root: null, fault: `checkpoint at seq ${seq} differs from its signed note` };
      }
      return { seq, hash: null, root: opened.rootHash, fault: null };
    } catch (error) {
      if (!(error instanceof InvalidNoteError)) throw error;
      lastError = error.message;
    }
  }
  return { seq, hash: null, root: null, fault: `checkpoint at seq ${seq}: ${lastError}` };
}
