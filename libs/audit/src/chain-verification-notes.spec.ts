import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildChain, noteCheckpointAt, signingKeyPair } from '../test/chain-fixture.js';
import type { SigningKeyPair } from '../test/chain-fixture.js';
import { CompactRange, chainHash, commitPersonal, leafHash, verifyChain } from './index.js';
import type { AuditEventRecord } from './index.js';

let key: SigningKeyPair;
let chain: AuditEventRecord[];

beforeAll(async () => {
  key = await signingKeyPair('audit-2026');
  chain = buildChain(60);
});

describe('verifyChain with C2SP checkpoint notes', () => {
  it('checks each note against the Merkle tree of the events and counts the events after the last', async () => {
    const checkpoints = [noteCheckpointAt(chain, 20, key.privateJwk), noteCheckpointAt(chain, 50, key.privateJwk)];
    expect(await verifyChain(chain, { checkpoints, publicKey: key.publicJwk })).toEqual({
      valid: true,
      checkedEvents: 60,
      firstInvalidSeq: null,
      lastSignedCheckpointSeq: 50,
      uncoveredEvents: 10,
    });
  });

  it('accepts heartbeats: the same size signed again later', async () => {
    const checkpoints = [
      noteCheckpointAt(chain, 60, key.privateJwk),
      noteCheckpointAt(chain, 60, key.privateJwk, '2030-01-01T00:00:00.000Z'),
    ];
    expect(await verifyChain(chain, { checkpoints, publicKey: key.publicJwk })).toMatchObject({ valid: true, uncoveredEvents: 0 });
  });

  it('finds history rewritten before a note, even when rechained consistently', async () => {
    const checkpoints = [noteCheckpointAt(chain, 50, key.privateJwk)];
    const forged = chain.map((e) => ({ ...e }));
    forged[29] = { ...forged[29]!, purpose: 'rewritten' };
    for (let i = 29; i < forged.length; i++) {
      const prevHash = forged[i - 1]!.hash;
      const personal = commitPersonal(forged[i]!.personal!.salt!, forged[i]!);
      const { hash: _old, ...fields } = { ...forged[i]!, prevHash, personal };
      forged[i] = { ...fields, hash: chainHash(prevHash, fields) };
    }
    const result = await verifyChain(forged, { checkpoints, publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 50, lastSignedCheckpointSeq: null });
    expect(result.reason).toMatch(/Merkle tree/);
  });

  it('finds a cut-off tail from a note past the last event', async () => {
    const checkpoints = [noteCheckpointAt(chain, 60, key.privateJwk)];
    const result = await verifyChain(chain.slice(0, 55), { checkpoints, publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 56 });
    expect(result.reason).toMatch(/events are missing/);
  });

  it('refuses a note signed by another key, or altered', async () => {
    const other = await signingKeyPair('intruder');
    const forged = [noteCheckpointAt(chain, 40, other.privateJwk)];
    expect(await verifyChain(chain, { checkpoints: forged, publicKey: key.publicJwk })).toMatchObject({
      valid: false,
      firstInvalidSeq: 40,
    });
    const good = noteCheckpointAt(chain, 40, key.privateJwk);
    const altered = [{ ...good, note: good.note!.replace('\n40\n', '\n41\n') }];
    expect(await verifyChain(chain, { checkpoints: altered, publicKey: key.publicJwk })).toMatchObject({
      valid: false,
      firstInvalidSeq: 40,
    });
  });

  it('verifies a range from a frontier at the event before it', async () => {
    const frontier = CompactRange.empty();
    for (const event of chain.slice(0, 30)) frontier.append(leafHash(Buffer.from(event.hash, 'hex')));
    const checkpoints = [noteCheckpointAt(chain, 45, key.privateJwk)];
    const options = { startSeq: 31, startPrevHash: chain[29]!.hash, checkpoints, publicKey: key.publicJwk };
    expect(await verifyChain(chain.slice(30), { ...options, startFrontier: frontier })).toMatchObject({
      valid: true,
      lastSignedCheckpointSeq: 45,
      uncoveredEvents: 15,
    });
    await expect(verifyChain(chain.slice(30), options)).rejects.toThrow(RangeError);
  });
});
