import type { AuditEventRecord } from './audit-event.js';
import type { AuditCheckpointStore, AuditStore } from './audit-store.js';
import { verifyChain } from './chain-verification.js';
import type { ChainVerification } from './chain-verification.js';
import type { CheckpointVerificationKey, SignedCheckpoint } from './checkpoint.js';
import { CompactRange } from './compact-range.js';
import { leafHash } from './merkle-tree.js';
import type { NoteKey } from './signed-note.js';
import { parseNote } from './signed-note.js';
import { parseCheckpointBody } from './tlog-checkpoint.js';

export interface SeqRange {
  /** First seq, default 1. */
  fromSeq?: number;
  /** Last seq, default the end of the log. */
  toSeq?: number;
}

const DEFAULT_PAGE_SIZE = 5_000;

/** The events of a range, read page by page so a long log never sits in memory whole. */
export async function* readAuditEvents(
  store: Pick<AuditStore, 'readPage'>,
  { fromSeq = 1, toSeq }: SeqRange = {},
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<AuditEventRecord> {
  if (toSeq !== undefined && toSeq < fromSeq) return;
  let afterSeq = fromSeq - 1;
  for (;;) {
    const page = await store.readPage(afterSeq, toSeq === undefined ? pageSize : Math.min(pageSize, toSeq - afterSeq));
    for (const event of page) {
      if (toSeq !== undefined && event.seq > toSeq) return;
      yield event;
    }
    const last = page[page.length - 1];
    // A page that does not move forward would loop for ever; the verifier reports the disorder.
    if (last === undefined || !(last.seq > afterSeq) || last.seq === toSeq) return;
    afterSeq = last.seq;
  }
}

/**
 * Verifies [fromSeq, toSeq] of a stored log: anchors on the hash of event fromSeq - 1 (itself checked
 * against a checkpoint at that seq, if one exists) and streams the range through `verifyChain`.
 * A toSeq past the head is clamped to the head. Without toSeq it reads to the end and also checks
 * checkpoints past the head, which reveals a cut-off tail.
 */
export async function verifyStoredRange(
  store: Pick<AuditStore, 'readPage' | 'head'>,
  checkpoints: Pick<AuditCheckpointStore, 'list'> & Partial<Pick<AuditCheckpointStore, 'frontierAtOrBefore'>>,
  range: SeqRange,
  publicKey: CheckpointVerificationKey,
  pageSize = DEFAULT_PAGE_SIZE,
  notes: { origin?: string; witnesses?: readonly NoteKey[] } = {},
): Promise<ChainVerification> {
  const fromSeq = range.fromSeq ?? 1;
  if (!Number.isSafeInteger(fromSeq) || fromSeq < 1) throw new RangeError('fromSeq must be a positive integer');
  let startPrevHash: string | undefined;
  if (fromSeq > 1) {
    const [anchor] = await store.readPage(fromSeq - 2, 1);
    if (anchor?.seq !== fromSeq - 1) {
      return {
        valid: false,
        checkedEvents: 0,
        firstInvalidSeq: fromSeq - 1,
        reason: `event ${fromSeq - 1}, before the range, is missing`,
        lastSignedCheckpointSeq: null,
        uncoveredEvents: 0,
      };
    }
    startPrevHash = anchor.hash;
  }
  let toSeq = range.toSeq;
  if (toSeq !== undefined) {
    const head = await store.head();
    toSeq = Math.max(fromSeq - 1, Math.min(toSeq, head?.seq ?? 0));
  }
  const signed = await checkpoints.list(fromSeq - 1, toSeq ?? null);
  const startFrontier = fromSeq > 1 ? await frontierBefore(store, checkpoints, fromSeq - 1, pageSize) : undefined;
  return verifyChain(readAuditEvents(store, { fromSeq, ...(toSeq === undefined ? {} : { toSeq }) }, pageSize), {
    startSeq: fromSeq,
    ...(startPrevHash === undefined ? {} : { startPrevHash }),
    ...(toSeq === undefined ? {} : { toSeq }),
    ...(startFrontier === undefined ? {} : { startFrontier }),
    ...notes,
    checkpoints: signed,
    publicKey,
  });
}

/**
 * The Merkle tree's compact range over events 1..size: from the newest stored checkpoint frontier at or
 * below it that hashes to its own note's root, plus the events after it. A forged frontier cannot pass
 * unseen: every signed root in the range is compared with the tree built on it.
 */
async function frontierBefore(
  store: Pick<AuditStore, 'readPage'>,
  checkpoints: Pick<AuditCheckpointStore, 'list'> & Partial<Pick<AuditCheckpointStore, 'frontierAtOrBefore'>>,
  size: number,
  pageSize: number,
): Promise<CompactRange> {
  const candidates: SignedCheckpoint[] = checkpoints.frontierAtOrBefore
    ? [await checkpoints.frontierAtOrBefore(size)].filter((c): c is SignedCheckpoint => c !== null)
    : (await checkpoints.list(1, size)).filter((c) => c.note !== undefined && c.frontier !== undefined).reverse();
  let range = CompactRange.empty();
  for (const checkpoint of candidates) {
    try {
      const stored = CompactRange.of(checkpoint.seq, checkpoint.frontier ?? []);
      if (parseCheckpointBody(parseNote(checkpoint.note!).text).rootHash.equals(stored.root())) {
        range = stored;
        break;
      }
    } catch {
      // not usable: try an older one
    }
  }
  for await (const event of readAuditEvents(store, { fromSeq: range.size + 1, toSeq: size }, pageSize)) {
    range.append(leafHash(Buffer.from(event.hash, 'hex')));
  }
  return range;
}
