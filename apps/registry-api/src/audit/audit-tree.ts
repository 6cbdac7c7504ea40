import { CompactRange, chainHash, leafHash, parseCheckpointBody, parseNote } from '@registry/audit';
import type { NodeSource, SignedCheckpoint } from '@registry/audit';
import type { EntityManager } from 'typeorm';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';

/** An event after the base that does not verify: the tree over it must not be signed. */
export class BrokenEventError extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'BrokenEventError';
  }
}

/** The Merkle tree over the first `size` events, as the database holds them now. */
export interface StoredTree {
  size: number;
  root: Buffer;
  /** Compact range at `size`, stored with the checkpoint. */
  frontier: CompactRange;
  /** Hands out any range a consistency proof from a size at or above `baseSize` needs. */
  source: NodeSource;
  baseSize: number;
}

const PAGE = 5_000;

/**
 * Builds the tree from the newest stored frontier at or below `baseAtMost` plus the events after it,
 * checking each of those events (seq, link, hash) on the way. A stored frontier is used only if it hashes to
 * the root its own checkpoint note names; otherwise an older one (or none: every event) is used. Reads
 * O(events since the base), which for the signer is the events since the last checkpoint.
 */
export async function buildStoredTree(
  m: EntityManager,
  events: AuditEventRepository,
  checkpoints: AuditCheckpointRepository,
  size: number,
  baseAtMost: number,
): Promise<StoredTree> {
  const base = await usableBase(m, checkpoints, Math.min(size, baseAtMost));
  const range = base?.range ?? CompactRange.empty();
  const baseSize = range.size;
  let prevHash = base?.checkpoint.hash ?? null;
  const later: Buffer[] = [];
  const frontier = range.clone();
  for (let after = baseSize; after < size;) {
    const page = await events.page(m, after, Math.min(PAGE, size - after));
    if (page.length === 0) throw new BrokenEventError(after + 1, `event ${after + 1} is missing`);
    for (const event of page) {
      const seq = after + 1;
      if (event.seq !== seq) throw new BrokenEventError(seq, `event ${seq} is missing`);
      if (prevHash !== null && event.prevHash !== prevHash)
        throw new BrokenEventError(seq, `event ${seq} does not link to the event before it`);
      let hash: string;
      try {
        hash = chainHash(event.prevHash, event);
      } catch {
        throw new BrokenEventError(seq, `event ${seq} is malformed`);
      }
      if (hash !== event.hash) throw new BrokenEventError(seq, `event ${seq} does not match its hash`);
      const leaf = leafHash(Buffer.from(hash, 'hex'));
      later.push(leaf);
      frontier.append(leaf);
      prevHash = hash;
      after = seq;
    }
  }
  return { size, root: frontier.root(), frontier, source: range.nodeSource(later), baseSize };
}

async function usableBase(
  m: EntityManager,
  checkpoints: AuditCheckpointRepository,
  atMost: number,
): Promise<{ checkpoint: SignedCheckpoint; range: CompactRange } | null> {
  for (let limit = atMost; limit > 0;) {
    const checkpoint = await checkpoints.frontierAtOrBefore(m, limit);
    if (checkpoint === null) return null;
    try {
      const range = CompactRange.of(checkpoint.seq, checkpoint.frontier ?? []);
      const signed = parseCheckpointBody(parseNote(checkpoint.note!).text);
      if (signed.size === checkpoint.seq && signed.rootHash.equals(range.root())) return { checkpoint, range };
    } catch {
      // A malformed stored frontier is as good as none: fall back to an older one.
    }
    limit = checkpoint.seq - 1;
  }
  return null;
}
