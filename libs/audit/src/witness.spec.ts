import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { CompactRange } from './compact-range.js';
import { signLogCheckpoint } from './log-checkpoint.js';
import { consistencyProof, leafHash } from './merkle-tree.js';
import { noteKeyFromJwk, verifyNote } from './signed-note.js';
import { addCheckpoint, formatAddCheckpoint, parseAddCheckpoint, witnessKey } from './witness.js';
import type { WitnessedTree } from './witness.js';

function ed25519(): { x: string; d: string } {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return { x: jwk.x!, d: jwk.d! };
}

const log = ed25519();
const witness = { name: 'witness.example/w1', privateJwk: ed25519(), logs: [noteKeyFromJwk('example.org/log', log)] };
const leaves = Array.from({ length: 40 }, (_, i) => leafHash(Buffer.from([i])));

function checkpointOf(size: number, source = leaves, key = log): { note: string; root: Buffer } {
  const range = CompactRange.empty();
  for (const leaf of source.slice(0, size)) range.append(leaf);
  const root = range.root();
  return { note: signLogCheckpoint({ origin: 'example.org/log', size, rootHash: root, timestamp: '2026-01-01T00:00:00.000Z' }, key), root };
}

function proof(oldSize: number, newSize: number, source = leaves): Buffer[] {
  return consistencyProof(CompactRange.empty().nodeSource(source.slice(0, newSize)), oldSize, newSize);
}

describe('tlog-witness add-checkpoint', () => {
  it('round-trips the request body', () => {
    const request = { oldSize: 3, proof: proof(3, 10), note: checkpointOf(10).note };
    expect(parseAddCheckpoint(formatAddCheckpoint(request))).toEqual(request);
  });

  it('cosigns the first checkpoint from size 0, then only consistent extensions', () => {
    const state = new Map<string, WitnessedTree>();
    const first = addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 0, proof: [], note: checkpointOf(10).note }));
    expect(first.status).toBe(200);
    if (first.status !== 200) return;
    const cosigned = checkpointOf(10).note + first.body;
    const { signers } = verifyNote(cosigned, [witnessKey(witness.name, witness.privateJwk)]);
    expect(signers[0]!.timestamp).toBeGreaterThan(0);
    state.set(first.origin, first.tree);

    const next = addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 10, proof: proof(10, 25), note: checkpointOf(25).note }));
    expect(next).toMatchObject({ status: 200, tree: { size: 25 } });
    if (next.status === 200) state.set(next.origin, next.tree);

    // A stale old size: 409 with the witness's size.
    expect(addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 10, proof: proof(10, 30), note: checkpointOf(30).note }))).toEqual({
      status: 409,
      body: '25\n',
      contentType: 'text/x.tlog.size',
    });
    // History rewritten: leaf 12 changed, the tree rebuilt; no consistency proof from 25 can verify.
    const forgedLeaves = [...leaves];
    forgedLeaves[12] = leafHash(Buffer.from('forged'));
    const forged = checkpointOf(30, forgedLeaves).note;
    expect(
      addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 25, proof: proof(25, 30, forgedLeaves), note: forged })).status,
    ).toBe(422);
    // Same size, another root: a fork.
    expect(
      addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 25, proof: [], note: checkpointOf(25, forgedLeaves).note })).status,
    ).toBe(409);
    // Same size, same root: a heartbeat, cosigned again.
    expect(addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 25, proof: [], note: checkpointOf(25).note })).status).toBe(200);
  });

  it('refuses unknown logs, foreign signatures and malformed requests', () => {
    const state = new Map<string, WitnessedTree>();
    const other = ed25519();
    expect(
      addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 0, proof: [], note: checkpointOf(5, leaves, other).note })).status,
    ).toBe(403);
    const unknown = signLogCheckpoint(
      { origin: 'elsewhere/log', size: 1, rootHash: leaves[0]!, timestamp: '2026-01-01T00:00:00.000Z' },
      log,
    );
    expect(addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 0, proof: [], note: unknown })).status).toBe(404);
    expect(addCheckpoint(witness, state, 'old x\n\nnote').status).toBe(400);
    expect(addCheckpoint(witness, state, formatAddCheckpoint({ oldSize: 9, proof: [], note: checkpointOf(5).note })).status).toBe(400);
  });
});
