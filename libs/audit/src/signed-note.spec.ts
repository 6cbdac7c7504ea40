import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { DEFAULT_LOG_ORIGIN, openLogCheckpoint, signLogCheckpoint } from './log-checkpoint.js';
import {
  COSIGNATURE_TYPE,
  InvalidNoteError,
  cosignatureLine,
  formatVerifierKey,
  noteKeyFromJwk,
  noteKeyId,
  parseNote,
  parseVerifierKey,
  signNote,
  verifyNote,
} from './signed-note.js';
import { parseCheckpointBody } from './tlog-checkpoint.js';

function ed25519(): { x: string; d: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { x: jwk.x!, d: jwk.d! };
}

describe('signed notes', () => {
  // The signed-note spec's own example: PeterNeumann's key and signature.
  it('verifies the C2SP example note', () => {
    const vkey = parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    const note =
      "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n\n" +
      '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
    expect(verifyNote(note, [vkey]).signers).toEqual([{ name: 'PeterNeumann', timestamp: null }]);
    expect(() => verifyNote(note.replace('cryptography', 'Cryptography'), [vkey])).toThrow(InvalidNoteError);
  });

  it('signs and verifies, ignores unknown keys, refuses a wrong signature by a known one', () => {
    const key = ed25519();
    const other = ed25519();
    const note = signNote('hello\nworld\n', 'example.org/log', key);
    const known = noteKeyFromJwk('example.org/log', key);
    expect(verifyNote(note, [known]).text).toBe('hello\nworld\n');
    expect(() => verifyNote(note, [noteKeyFromJwk('example.org/log', other)])).toThrow('no known key');
    const { signatures } = parseNote(note);
    expect(signatures[0]!.keyId).toEqual(noteKeyId('example.org/log', 1, known.publicKey));
    const forged = signNote('hello\nWORLD\n', 'example.org/log', key).split('\n\n')[1]!;
    expect(() => verifyNote(`hello\nworld\n\n${forged}`, [known])).toThrow('does not verify');
    expect(formatVerifierKey(known)).toMatch(/^example\.org\/log\+[0-9a-f]{8}\+/);
    expect(parseVerifierKey(formatVerifierKey(known))).toEqual(known);
  });

  it('carries timestamped cosignatures that verify over the same text', () => {
    const log = ed25519();
    const witness = ed25519();
    const note = signNote('a\nb\n', 'log', log);
    const withCosignature = note + cosignatureLine('a\nb\n', 'witness', witness, 1_700_000_000);
    const witnessKey = noteKeyFromJwk('witness', witness, COSIGNATURE_TYPE);
    const { signers } = verifyNote(withCosignature, [noteKeyFromJwk('log', log), witnessKey]);
    expect(signers).toEqual([
      { name: 'log', timestamp: null },
      { name: 'witness', timestamp: 1_700_000_000 },
    ]);
    const other = signNote('a\nc\n', 'log', log);
    expect(() => verifyNote(other + cosignatureLine('a\nb\n', 'witness', witness, 1), [witnessKey])).toThrow('does not verify');
  });

  it('refuses malformed notes', () => {
    for (const bad of ['no block\n', 'text\n\nnot a signature\n', 'text\n\n\u2014 name AAAA\n', 'text\n\n\u2014 name !!!\n']) {
      expect(() => parseNote(bad)).toThrow(InvalidNoteError);
    }
  });
});

describe('log checkpoints', () => {
  it('signs a C2SP checkpoint and opens it with only the public key', () => {
    const key = ed25519();
    const rootHash = Buffer.alloc(32, 7);
    const note = signLogCheckpoint({ origin: DEFAULT_LOG_ORIGIN, size: 42, rootHash, timestamp: '2026-01-02T03:04:05.678Z' }, key);
    const [origin, size, root, timestamp, blank, signature] = note.split('\n');
    expect([origin, size, root, timestamp, blank]).toEqual([
      DEFAULT_LOG_ORIGIN,
      '42',
      rootHash.toString('base64'),
      'timestamp 2026-01-02T03:04:05.678Z',
      '',
    ]);
    expect(signature).toMatch(new RegExp(`^\u2014 ${DEFAULT_LOG_ORIGIN} [A-Za-z0-9+/]{91}=$`));
    const opened = openLogCheckpoint(note, { x: key.x });
    expect(opened).toMatchObject({ origin: DEFAULT_LOG_ORIGIN, size: 42, timestamp: '2026-01-02T03:04:05.678Z', cosigners: [] });
    expect(opened.rootHash.equals(rootHash)).toBe(true);
    expect(() => openLogCheckpoint(note, { x: ed25519().x })).toThrow(InvalidNoteError);
    expect(() => openLogCheckpoint(note, { x: key.x }, { origin: 'another/log' })).toThrow(InvalidNoteError);
    expect(() => openLogCheckpoint(note.replace('\n42\n', '\n43\n'), { x: key.x })).toThrow(InvalidNoteError);
    expect(() => parseCheckpointBody('o\n01\nAAAA\n')).toThrow(InvalidNoteError);
  });
});
