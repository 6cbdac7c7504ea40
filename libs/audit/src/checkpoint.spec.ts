import { beforeAll, describe, expect, it } from '@jest/globals';
import { decodeProtectedHeader } from 'jose';
import { signingKeyPair } from '../test/chain-fixture.js';
import type { SigningKeyPair } from '../test/chain-fixture.js';
import {
  CHECKPOINT_TYPE,
  InvalidCheckpointError,
  checkpointDue,
  formatCheckpointLines,
  parseCheckpointLines,
  signCheckpoint,
  verifyCheckpoint,
} from './index.js';
import type { SignedCheckpoint } from './index.js';

let key: SigningKeyPair;
let otherKey: SigningKeyPair;
const head = { seq: 1000, hash: '3f'.repeat(32), at: '2025-03-01T09:00:00.000Z' };

beforeAll(async () => {
  key = await signingKeyPair('audit-2025');
  otherKey = await signingKeyPair('audit-2024');
});

describe('signCheckpoint / verifyCheckpoint', () => {
  it('round-trips the head under an explicitly typed EdDSA header', async () => {
    const jws = await signCheckpoint(head, key.privateJwk);
    expect(jws.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(jws)).toEqual({ alg: 'EdDSA', typ: CHECKPOINT_TYPE, kid: 'audit-2025' });
    expect(await verifyCheckpoint(jws, key.publicJwk)).toEqual(head);
  });

  it('names a key without kid by its thumbprint, and finds it in a key list', async () => {
    const { kid: _kid, ...privateJwk } = key.privateJwk;
    const { kid: _pubKid, ...publicJwk } = key.publicJwk;
    const jws = await signCheckpoint(head, privateJwk);
    expect(decodeProtectedHeader(jws).kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await verifyCheckpoint(jws, [otherKey.publicJwk, publicJwk])).toEqual(head);
  });

  it('picks the key named by kid from a list', async () => {
    const jws = await signCheckpoint(head, otherKey.privateJwk);
    expect(await verifyCheckpoint(jws, [key.publicJwk, otherKey.publicJwk])).toEqual(head);
    await expect(verifyCheckpoint(jws, [key.publicJwk])).rejects.toThrow(/unknown key/);
  });

  it('rejects another key', async () => {
    const jws = await signCheckpoint(head, otherKey.privateJwk);
    await expect(verifyCheckpoint(jws, key.publicJwk)).rejects.toThrow(InvalidCheckpointError);
  });

  it('rejects an altered payload', async () => {
    const jws = await signCheckpoint(head, key.privateJwk);
    const [header, , signature] = jws.split('.');
    const payload = Buffer.from(JSON.stringify({ ...head, seq: 999 })).toString('base64url');
    await expect(verifyCheckpoint(`${header}.${payload}.${signature}`, key.publicJwk)).rejects.toThrow(InvalidCheckpointError);
  });

  it('rejects garbage without echoing it', async () => {
    const error = await verifyCheckpoint('not-a-token-SECRET', key.publicJwk).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidCheckpointError);
    expect((error as Error).message).not.toContain('SECRET');
  });

  it('accepts a private JWK as the verification key (only its public half is used)', async () => {
    const jws = await signCheckpoint(head, key.privateJwk);
    expect(await verifyCheckpoint(jws, key.privateJwk)).toEqual(head);
  });

  it('refuses to sign with a public key or a malformed head', async () => {
    await expect(signCheckpoint(head, key.publicJwk)).rejects.toThrow(TypeError);
    await expect(signCheckpoint({ ...head, seq: 0 }, key.privateJwk)).rejects.toThrow(TypeError);
    await expect(signCheckpoint({ ...head, hash: 'xyz' }, key.privateJwk)).rejects.toThrow(TypeError);
  });
});

describe('checkpointDue', () => {
  const now = new Date('2025-03-01T09:10:00.000Z');

  it('is never due for an empty log', () => {
    expect(checkpointDue(null, null, now)).toBe(false);
  });

  it('is due for the first events', () => {
    expect(checkpointDue(null, { seq: 1 }, now)).toBe(true);
  });

  it('is not due when nothing happened since the last checkpoint, however long ago', () => {
    expect(checkpointDue({ seq: 500, at: '2025-01-01T00:00:00.000Z' }, { seq: 500 }, now)).toBe(false);
  });

  it('is due after 1,000 events', () => {
    const last = { seq: 500, at: '2025-03-01T09:09:59.000Z' };
    expect(checkpointDue(last, { seq: 1499 }, now)).toBe(false);
    expect(checkpointDue(last, { seq: 1500 }, now)).toBe(true);
  });

  it('is due 60 s after the last checkpoint when events are waiting', () => {
    expect(checkpointDue({ seq: 500, at: '2025-03-01T09:09:00.001Z' }, { seq: 501 }, now)).toBe(false);
    expect(checkpointDue({ seq: 500, at: '2025-03-01T09:09:00.000Z' }, { seq: 501 }, now)).toBe(true);
  });

  it('follows a custom policy', () => {
    expect(checkpointDue({ seq: 10, at: now.toISOString() }, { seq: 20 }, now, { everyEvents: 10, everyMs: 1000 })).toBe(true);
  });
});

describe('checkpoint lines', () => {
  it('round-trips one JSON object per line', async () => {
    const checkpoints: SignedCheckpoint[] = [
      { ...head, jws: await signCheckpoint(head, key.privateJwk) },
      { seq: 2000, hash: 'ab'.repeat(32), at: '2025-03-01T09:01:00.000Z', jws: 'a.b.c' },
    ];
    const text = formatCheckpointLines(checkpoints);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual({ seq: 2000, hash: 'ab'.repeat(32), at: '2025-03-01T09:01:00.000Z', jws: 'a.b.c' });
    expect(parseCheckpointLines(text)).toEqual(checkpoints);
  });

  it('writes nothing but seq, hash, at and the signature (jws, or the note when there is one)', () => {
    const extra = { ...head, jws: 'a.b.c', frontier: ['00'] } as SignedCheckpoint;
    expect(Object.keys(JSON.parse(formatCheckpointLines([extra])))).toEqual(['seq', 'hash', 'at', 'jws']);
    const note = { ...head, note: 'o\n1\nAA==\n\n\u2014 o AAAA\n', frontier: ['00'] } as SignedCheckpoint;
    expect(Object.keys(JSON.parse(formatCheckpointLines([note])))).toEqual(['seq', 'hash', 'at', 'note']);
    expect(parseCheckpointLines(formatCheckpointLines([note]))).toEqual([{ ...head, note: note.note }]);
  });

  it('skips blank lines and CRLF endings', () => {
    const line = JSON.stringify({ ...head, jws: 'a.b.c' });
    expect(parseCheckpointLines(`\r\n${line}\r\n\n`)).toEqual([{ ...head, jws: 'a.b.c' }]);
  });

  it('names the malformed line', () => {
    const good = JSON.stringify({ ...head, jws: 'a.b.c' });
    expect(() => parseCheckpointLines(`${good}\n{not json`)).toThrow(/line 2 is not JSON/);
    expect(() => parseCheckpointLines(`${good}\n[1]`)).toThrow(/line 2 is not an object/);
    expect(() => parseCheckpointLines(JSON.stringify({ ...head, seq: -1, jws: 'a.b.c' }))).toThrow(/line 1.*seq/);
    expect(() => parseCheckpointLines(JSON.stringify({ ...head, hash: 'AB'.repeat(32), jws: 'a.b.c' }))).toThrow(/line 1.*hash/);
    expect(() => parseCheckpointLines(JSON.stringify(head))).toThrow(/line 1 has no note or jws/);
    expect(() => parseCheckpointLines(`${good}\n{not json`)).toThrow(InvalidCheckpointError);
  });
});
