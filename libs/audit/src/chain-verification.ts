import type { AuditEventRecord } from './audit-event.js';
import { checkPayload, checkpointVerifier } from './checkpoint.js';
import type { CheckpointVerificationKey, SignedCheckpoint } from './checkpoint.js';
import { GENESIS_PREV_HASH, chainHash } from './hash-chain.js';
import { InvalidCheckpointError } from './invalid-checkpoint-error.js';

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
}

export interface ChainVerification {
  valid: boolean;
  /** Events found sound before the first fault (firstInvalidSeq - startSeq when a fault is in range). */
  checkedEvents: number;
  /** The first seq that does not fit: an altered event, a missing one, a broken link or a bad checkpoint. */
  firstInvalidSeq: number | null;
  /** What was wrong, in words that name seqs only (safe for logs and auditors). */
  reason?: string;
  /** Highest checkpoint whose signature held and whose {seq, hash} matched the chain. */
  lastSignedCheckpointSeq: number | null;
}

interface CheckpointVerdict {
  seq: number;
  /** The signed hash, or null when the checkpoint itself is bad. */
  hash: string | null;
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
      checkPayload(checkpoint, InvalidCheckpointError);
    } catch (error) {
      return failure(0, null, `malformed checkpoint record: ${(error as Error).message}`, null);
    }
    if (checkpoint.seq >= startSeq - 1 && (toSeq === undefined || checkpoint.seq <= toSeq)) inRange.push(checkpoint);
  }
  inRange.sort((a, b) => a.seq - b.seq);
  const verify = await checkpointVerifier(options.publicKey);
  const verdicts = await Promise.all(
    inRange.map(async ({ seq, hash, at, jws }): Promise<CheckpointVerdict> => {
      try {
        const signed = await verify(jws);
        if (signed.seq !== seq || signed.hash !== hash || signed.at !== at) {
          return { seq, hash: null, fault: `checkpoint at seq ${seq} differs from its signed payload` };
        }
        return { seq, hash: signed.hash, fault: null };
      } catch (error) {
        if (!(error instanceof InvalidCheckpointError)) throw error;
        return { seq, hash: null, fault: `checkpoint at seq ${seq}: ${error.message}` };
      }
    }),
  );

  const walk = new ChainWalk(startSeq, options.startPrevHash ?? GENESIS_PREV_HASH, verdicts);
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
    let hash: string;
    try {
      hash = chainHash(this.prevHash, event);
    } catch {
      return this.fail(seq, `event ${seq} is malformed`);
    }
    if (hash !== event.hash) return this.fail(seq, `event ${seq} does not match its hash`);
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
      if (verdict.hash !== hash) return this.fail(seq, `checkpoint at seq ${seq} does not match the chain`);
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
    if (this.fault === null) {
      return { valid: true, checkedEvents: this.checkedEvents, firstInvalidSeq: null, lastSignedCheckpointSeq: this.lastSignedSeq };
    }
    return failure(this.checkedEvents, this.fault.seq, this.fault.reason, this.lastSignedSeq);
  }

  private fail(seq: number, reason: string): false {
    this.fault = { seq, reason };
    return false;
  }
}

function failure(checkedEvents: number, firstInvalidSeq: number | null, reason: string, lastSigned: number | null): ChainVerification {
  return { valid: false, checkedEvents, firstInvalidSeq, reason, lastSignedCheckpointSeq: lastSigned };
}
