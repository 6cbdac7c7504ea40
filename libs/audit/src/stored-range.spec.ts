import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildChain, checkpointAt, signingKeyPair } from '../test/chain-fixture.js';
import type { SigningKeyPair } from '../test/chain-fixture.js';
import { readAuditEvents, verifyStoredRange } from './index.js';
import type { AuditCheckpointStore, AuditEventRecord, AuditStore, SignedCheckpoint } from './index.js';

/** The store contract over an array, counting page reads. */
class ArrayStore implements Pick<AuditStore, 'readPage' | 'head'> {
  pageReads = 0;
  constructor(readonly events: AuditEventRecord[]) {}
  async readPage(afterSeq: number, limit: number): Promise<AuditEventRecord[]> {
    this.pageReads++;
    return this.events.filter((event) => event.seq > afterSeq).slice(0, limit);
  }
  async head(): Promise<{ seq: number; hash: string } | null> {
    const last = this.events[this.events.length - 1];
    return last === undefined ? null : { seq: last.seq, hash: last.hash };
  }
}

class ArrayCheckpoints implements Pick<AuditCheckpointStore, 'list'> {
  constructor(readonly checkpoints: SignedCheckpoint[]) {}
  async list(fromSeq: number, toSeq: number | null): Promise<SignedCheckpoint[]> {
    return this.checkpoints.filter((checkpoint) => checkpoint.seq >= fromSeq && (toSeq === null || checkpoint.seq <= toSeq));
  }
}

let key: SigningKeyPair;
let chain: AuditEventRecord[];
let checkpoints: ArrayCheckpoints;

beforeAll(async () => {
  key = await signingKeyPair('audit-2025');
  chain = buildChain(100);
  checkpoints = new ArrayCheckpoints(await Promise.all([25, 50, 75, 100].map((seq) => checkpointAt(chain[seq - 1]!, key.privateJwk))));
});

describe('readAuditEvents', () => {
  it('reads a range page by page', async () => {
    const store = new ArrayStore(chain);
    const seqs: number[] = [];
    for await (const event of readAuditEvents(store, { fromSeq: 11, toSeq: 40 }, 7)) seqs.push(event.seq);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => 11 + i));
    expect(store.pageReads).toBe(5);
  });

  it('reads to the end without toSeq', async () => {
    const seqs: number[] = [];
    for await (const event of readAuditEvents(new ArrayStore(chain), {}, 30)) seqs.push(event.seq);
    expect(seqs).toHaveLength(100);
  });
});

describe('verifyStoredRange', () => {
  it('verifies the whole log with its checkpoints', async () => {
    expect(await verifyStoredRange(new ArrayStore(chain), checkpoints, {}, key.publicJwk, 9)).toEqual({
      valid: true,
      checkedEvents: 100,
      firstInvalidSeq: null,
      lastSignedCheckpointSeq: 100,
      uncoveredEvents: 0,
    });
  });

  it('verifies a range anchored on the event before it, including a checkpoint at the anchor', async () => {
    expect(await verifyStoredRange(new ArrayStore(chain), checkpoints, { fromSeq: 26, toSeq: 60 }, key.publicJwk, 9)).toEqual({
      valid: true,
      checkedEvents: 35,
      firstInvalidSeq: null,
      lastSignedCheckpointSeq: 50,
      uncoveredEvents: 10,
    });
  });

  it('clamps toSeq to the head', async () => {
    expect(await verifyStoredRange(new ArrayStore(chain), checkpoints, { fromSeq: 90, toSeq: 500 }, key.publicJwk)).toMatchObject({
      valid: true,
      checkedEvents: 11,
    });
  });

  it('finds an event deleted from the middle of a range', async () => {
    const store = new ArrayStore(chain.filter((event) => event.seq !== 44));
    expect(await verifyStoredRange(store, checkpoints, { fromSeq: 30, toSeq: 60 }, key.publicJwk, 9)).toMatchObject({
      valid: false,
      firstInvalidSeq: 44,
    });
  });

  it('finds a tail cut off behind the last checkpoint', async () => {
    expect(await verifyStoredRange(new ArrayStore(chain.slice(0, 90)), checkpoints, {}, key.publicJwk)).toMatchObject({
      valid: false,
      firstInvalidSeq: 91,
    });
  });

  it('reports a missing anchor', async () => {
    const store = new ArrayStore(chain.filter((event) => event.seq !== 29));
    expect(await verifyStoredRange(store, checkpoints, { fromSeq: 30, toSeq: 60 }, key.publicJwk)).toMatchObject({
      valid: false,
      firstInvalidSeq: 29,
    });
  });
});
