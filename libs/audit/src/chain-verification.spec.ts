import { beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, importJWK } from 'jose';
import { buildChain, checkpointAt, draftEvent, signingKeyPair } from '../test/chain-fixture.js';
import type { SigningKeyPair } from '../test/chain-fixture.js';
import { buildNextEvent, chainHash, commitPersonal, verifyChain } from './index.js';
import type { AuditEventRecord, SignedCheckpoint } from './index.js';

let key: SigningKeyPair;
let otherKey: SigningKeyPair;
let chain: AuditEventRecord[];

beforeAll(async () => {
  key = await signingKeyPair('audit-2025');
  otherKey = await signingKeyPair('intruder');
  chain = buildChain(50);
});

const copy = (events: AuditEventRecord[]): AuditEventRecord[] => events.map((event) => ({ ...event, roles: [...event.roles] }));

/** Recomputes every hash from `fromIndex` on, as an attacker with database access but no signing key would. */
function rechain(events: AuditEventRecord[], fromIndex: number): AuditEventRecord[] {
  for (let i = fromIndex; i < events.length; i++) {
    const prevHash = events[i - 1]?.hash ?? events[i]!.prevHash;
    // The salt sits beside the values in the database: an attacker recommits what they changed.
    const personal = events[i]!.personal ? commitPersonal(events[i]!.personal!.salt!, events[i]!) : null;
    const { hash: _old, ...fields } = { ...events[i]!, prevHash, personal };
    events[i] = { ...fields, hash: chainHash(prevHash, fields) };
  }
  return events;
}

describe('verifyChain', () => {
  it('accepts an intact chain and counts it', async () => {
    const checkpoints = [await checkpointAt(chain[19]!, key.privateJwk), await checkpointAt(chain[49]!, key.privateJwk)];
    expect(await verifyChain(chain, { checkpoints, publicKey: key.publicJwk })).toEqual({
      valid: true,
      checkedEvents: 50,
      firstInvalidSeq: null,
      lastSignedCheckpointSeq: 50,
      uncoveredEvents: 0,
    });
  });

  it('accepts an empty log', async () => {
    expect(await verifyChain([], { publicKey: key.publicJwk })).toMatchObject({ valid: true, checkedEvents: 0 });
  });

  const edits: Record<keyof AuditEventRecord, (event: AuditEventRecord) => void> = {
    seq: (event) => (event.seq += 1000),
    at: (event) => (event.at = '2025-03-01T08:00:00.001Z'),
    actor: (event) => (event.actor = 'someone-else'),
    roles: (event) => event.roles.push('POLICE_NATIONAL'),
    scope: (event) => (event.scope = null),
    action: (event) => (event.action = 'clearance'),
    resourceType: (event) => (event.resourceType = 'person'),
    resourceId: (event) => (event.resourceId = 'case-999'),
    purpose: (event) => (event.purpose = 'Ärende 9'),
    outcome: (event) => (event.outcome = 'denied'),
    requestId: (event) => (event.requestId = null),
    clientAddress: (event) => (event.clientAddress = '10.9.9.9'),
    prevHash: (event) => (event.prevHash = 'f'.repeat(64)),
    hash: (event) => (event.hash = 'e'.repeat(64)),
    personal: (event) => (event.personal = { ...event.personal!, actor: 'f'.repeat(64) }),
  };
  for (const [field, edit] of Object.entries(edits)) {
    it(`names the event whose ${field} was changed`, async () => {
      const events = copy(chain);
      edit(events[16]!);
      const result = await verifyChain(events, { publicKey: key.publicJwk });
      expect(result).toMatchObject({ valid: false, checkedEvents: 16, firstInvalidSeq: 17 });
      expect(result.reason).toContain('17');
    });
  }

  it('names a deleted event', async () => {
    const events = copy(chain);
    events.splice(29, 1);
    const result = await verifyChain(events, { publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 30 });
    expect(result.reason).toMatch(/event 30 is missing/);
  });

  it('finds a deleted event even when the rest was renumbered and rehashed', async () => {
    const events = copy(chain);
    events.splice(29, 1);
    for (let i = 29; i < events.length; i++) events[i]!.seq = i + 1;
    rechain(events, 29);
    const checkpoints = [await checkpointAt(chain[39]!, key.privateJwk)];
    expect(await verifyChain(events, { checkpoints, publicKey: key.publicJwk })).toMatchObject({
      valid: false,
      firstInvalidSeq: 40,
      lastSignedCheckpointSeq: null,
    });
  });

  it('finds two swapped events', async () => {
    const events = copy(chain);
    [events[10], events[11]] = [events[11]!, events[10]!];
    expect(await verifyChain(events, { publicKey: key.publicJwk })).toMatchObject({ valid: false, firstInvalidSeq: 11 });
  });

  it('finds swapped contents even when seqs were kept in order', async () => {
    const events = copy(chain);
    [events[10], events[11]] = [
      { ...events[11]!, seq: 11 },
      { ...events[10]!, seq: 12 },
    ];
    expect(await verifyChain(events, { publicKey: key.publicJwk })).toMatchObject({ valid: false, firstInvalidSeq: 11 });
  });

  it('finds a broken link in an event that was rehashed on its own', async () => {
    const events = copy(chain).slice(0, 25);
    const { hash: _old, ...fields } = { ...events[24]!, prevHash: 'a'.repeat(64) };
    events[24] = { ...fields, hash: chainHash(fields.prevHash, fields) };
    const result = await verifyChain(events, { publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 25, checkedEvents: 24 });
    expect(result.reason).toMatch(/does not link/);
  });

  it('finds an edit the attacker rehashed, at the first checkpoint that no longer matches', async () => {
    const checkpoints = [10, 20, 30].map((seq) => chain[seq - 1]!);
    const signed = await Promise.all(checkpoints.map((event) => checkpointAt(event, key.privateJwk)));
    const events = copy(chain);
    events[14]!.purpose = 'rewritten';
    rechain(events, 14);
    expect(await verifyChain(events, { publicKey: key.publicJwk })).toMatchObject({ valid: true });
    const result = await verifyChain(events, { checkpoints: signed, publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 20, lastSignedCheckpointSeq: 10, checkedEvents: 19 });
    expect(result.reason).toMatch(/checkpoint at seq 20 does not match the chain/);
  });

  it('rejects a checkpoint whose signature was altered', async () => {
    const good = await checkpointAt(chain[19]!, key.privateJwk);
    const [header, payload, signature] = good.jws!.split('.');
    const flipped = `${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    const result = await verifyChain(chain, {
      checkpoints: [{ ...good, jws: `${header}.${payload}.${flipped}` }],
      publicKey: key.publicJwk,
    });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 20, lastSignedCheckpointSeq: null });
    expect(result.reason).toMatch(/signature/);
  });

  it('rejects a checkpoint whose payload was swapped for another head', async () => {
    const good = await checkpointAt(chain[19]!, key.privateJwk);
    const other = await checkpointAt(chain[29]!, key.privateJwk);
    const [header, , signature] = good.jws!.split('.');
    const forged: SignedCheckpoint = { ...other, jws: `${header}.${other.jws!.split('.')[1]}.${signature}` };
    expect(await verifyChain(chain, { checkpoints: [forged], publicKey: key.publicJwk })).toMatchObject({
      valid: false,
      firstInvalidSeq: 30,
    });
  });

  it('rejects a checkpoint record whose clear fields differ from what was signed', async () => {
    const good = await checkpointAt(chain[19]!, key.privateJwk);
    const result = await verifyChain(chain, { checkpoints: [{ ...good, seq: 21, hash: chain[20]!.hash }], publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 21 });
    expect(result.reason).toMatch(/differs from its signed payload/);
  });

  it('rejects a checkpoint signed by another key', async () => {
    const result = await verifyChain(chain, {
      checkpoints: [await checkpointAt(chain[9]!, key.privateJwk), await checkpointAt(chain[19]!, otherKey.privateJwk)],
      publicKey: key.publicJwk,
    });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 20, lastSignedCheckpointSeq: 10 });
  });

  it('rejects a token of another type signed by the right key', async () => {
    const signer = await importJWK(key.privateJwk, 'EdDSA');
    const event = chain[19]!;
    const jws = await new SignJWT({ seq: event.seq, hash: event.hash, at: event.at })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: 'audit-2025' })
      .sign(signer);
    const result = await verifyChain(chain, { checkpoints: [{ seq: 20, hash: event.hash, at: event.at, jws }], publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 20 });
  });

  it('accepts checkpoints from retired keys when given the key list', async () => {
    const checkpoints = [await checkpointAt(chain[9]!, otherKey.privateJwk), await checkpointAt(chain[19]!, key.privateJwk)];
    const result = await verifyChain(chain, { checkpoints, publicKey: [key.publicJwk, otherKey.publicJwk] });
    expect(result).toMatchObject({ valid: true, lastSignedCheckpointSeq: 20 });
  });

  it('reports the earliest fault when a bad checkpoint follows an altered event', async () => {
    const events = copy(chain);
    events[4]!.actor = 'someone-else';
    const result = await verifyChain(events, {
      checkpoints: [await checkpointAt(chain[29]!, otherKey.privateJwk)],
      publicKey: key.publicJwk,
    });
    expect(result).toMatchObject({ valid: false, firstInvalidSeq: 5 });
  });

  it('shows a cut-off tail through a checkpoint past the last event', async () => {
    const checkpoints = [await checkpointAt(chain[49]!, key.privateJwk)];
    const result = await verifyChain(chain.slice(0, 45), { checkpoints, publicKey: key.publicJwk });
    expect(result).toMatchObject({ valid: false, checkedEvents: 45, firstInvalidSeq: 46 });
    expect(result.reason).toMatch(/events are missing/);
  });

  describe('over a range', () => {
    it('verifies from mid-chain given the hash before the range', async () => {
      const checkpoints = [await checkpointAt(chain[19]!, key.privateJwk), await checkpointAt(chain[34]!, key.privateJwk)];
      const result = await verifyChain(chain.slice(20, 40), {
        startSeq: 21,
        startPrevHash: chain[19]!.hash,
        toSeq: 40,
        checkpoints,
        publicKey: key.publicJwk,
      });
      // Events 36 to 40 come after the last checkpoint in range.
      expect(result).toEqual({ valid: true, checkedEvents: 20, firstInvalidSeq: null, lastSignedCheckpointSeq: 35, uncoveredEvents: 5 });
    });

    it('checks the anchor against a checkpoint at the seq before the range', async () => {
      const checkpoints = [await checkpointAt(chain[19]!, key.privateJwk)];
      const result = await verifyChain(chain.slice(20, 40), {
        startSeq: 21,
        startPrevHash: 'b'.repeat(64),
        checkpoints,
        publicKey: key.publicJwk,
      });
      expect(result).toMatchObject({ valid: false, firstInvalidSeq: 20, checkedEvents: 0 });
    });

    it('finds an edit inside the range', async () => {
      const events = copy(chain).slice(20, 40);
      events[5]!.outcome = 'error';
      const result = await verifyChain(events, { startSeq: 21, startPrevHash: chain[19]!.hash, publicKey: key.publicJwk });
      expect(result).toMatchObject({ valid: false, firstInvalidSeq: 26, checkedEvents: 5 });
    });

    it('stops at toSeq and ignores checkpoints outside the range', async () => {
      const checkpoints = [await checkpointAt(chain[4]!, otherKey.privateJwk), await checkpointAt(chain[44]!, otherKey.privateJwk)];
      const result = await verifyChain(chain.slice(10), {
        startSeq: 11,
        startPrevHash: chain[9]!.hash,
        toSeq: 30,
        checkpoints,
        publicKey: key.publicJwk,
      });
      expect(result).toEqual({ valid: true, checkedEvents: 20, firstInvalidSeq: null, lastSignedCheckpointSeq: null, uncoveredEvents: 20 });
    });

    it('fails when the events end before toSeq', async () => {
      const result = await verifyChain(chain.slice(0, 30), { toSeq: 40, publicKey: key.publicJwk });
      expect(result).toMatchObject({ valid: false, checkedEvents: 30, firstInvalidSeq: 31 });
    });

    it('requires the hash before the range', async () => {
      await expect(verifyChain(chain.slice(20), { startSeq: 21, publicKey: key.publicJwk })).rejects.toThrow(RangeError);
    });

    it('rejects a range whose first event is not startSeq', async () => {
      const result = await verifyChain(chain.slice(21), { startSeq: 21, startPrevHash: chain[19]!.hash, publicKey: key.publicJwk });
      expect(result).toMatchObject({ valid: false, firstInvalidSeq: 21 });
    });
  });

  it('verifies events streamed from an async source in pages', async () => {
    async function* pages(): AsyncGenerator<AuditEventRecord> {
      for (let i = 0; i < chain.length; i += 7) {
        await Promise.resolve();
        yield* chain.slice(i, i + 7);
      }
    }
    const checkpoints = [await checkpointAt(chain[49]!, key.privateJwk)];
    expect(await verifyChain(pages(), { checkpoints, publicKey: key.publicJwk })).toEqual({
      valid: true,
      checkedEvents: 50,
      firstInvalidSeq: null,
      lastSignedCheckpointSeq: 50,
      uncoveredEvents: 0,
    });
  });

  it('treats an event with a missing field as invalid rather than throwing', async () => {
    const events = copy(chain);
    const { purpose: _dropped, ...rest } = events[2]!;
    events[2] = rest as AuditEventRecord;
    expect(await verifyChain(events, { publicKey: key.publicJwk })).toMatchObject({ valid: false, firstInvalidSeq: 3 });
  });

  it('keeps protected-looking content out of its reasons', async () => {
    const events = [buildNextEvent(null, draftEvent(1, { purpose: 'Ärende secret-purpose' }))];
    events[0]!.purpose = 'other';
    const result = await verifyChain(events, { publicKey: key.publicJwk });
    expect(result.reason).not.toMatch(/secret|other|Ärende/);
  });
});
