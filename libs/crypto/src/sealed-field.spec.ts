import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataKey, newDataKey } from './data-key.js';
import { IntegrityError } from './errors.js';
import { openField, openText, sealField, sealText, type FieldBinding } from './sealed-field.js';
import { ready } from './sodium.js';

const binding: FieldBinding = { table: 'person', column: 'given_name', rowId: '0b9e4f0e-6d43-4a53-9c1e-2f1a8c3d5e71' };

function expectIntegrityError(open: () => unknown): void {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IntegrityError);
  expect((caught as IntegrityError).code).toBe('INTEGRITY_ERROR');
}

describe('sealed fields', () => {
  let key: DataKey;

  beforeAll(async () => {
    await ready();
    key = newDataKey('case:7f1c');
  });

  it('round-trips text, including non-ASCII and the empty string', () => {
    for (const text of ['Åsa Öberg-Ländström', '', '名前 🔒', 'x'.repeat(5000)]) {
      expect(openText(key, binding, sealText(key, binding, text))).toBe(text);
    }
  });

  it('round-trips bytes', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    expect(openField(key, binding, sealField(key, binding, bytes))).toEqual(bytes);
  });

  it('writes format version 1, a 24-byte nonce and a 16-byte tag: 41 bytes over the plaintext', () => {
    const sealed = sealText(key, binding, 'abc');
    expect(sealed[0]).toBe(1);
    expect(sealed.length).toBe(3 + 41);
  });

  it('never repeats a ciphertext for the same value (random nonce)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) seen.add(Buffer.from(sealText(key, binding, 'same')).toString('hex'));
    expect(seen.size).toBe(500);
  });

  it('does not contain the plaintext', () => {
    const sealed = sealText(key, binding, 'Plaintext-Marker-1234');
    expect(Buffer.from(sealed).includes(Buffer.from('Plaintext-Marker-1234'))).toBe(false);
  });

  it('fails with IntegrityError when moved to another table, column or row', () => {
    const sealed = sealText(key, binding, 'Åsa');
    expectIntegrityError(() => openField(key, { ...binding, table: 'network' }, sealed));
    expectIntegrityError(() => openField(key, { ...binding, column: 'family_name' }, sealed));
    expectIntegrityError(() => openField(key, { ...binding, rowId: '0b9e4f0e-6d43-4a53-9c1e-2f1a8c3d5e72' }, sealed));
  });

  it('does not let table, column and row id run into each other', () => {
    const sealed = sealText(key, { table: 'ab', column: 'c', rowId: 'd' }, 'v');
    expectIntegrityError(() => openField(key, { table: 'a', column: 'bc', rowId: 'd' }, sealed));
    expect(openText(key, { table: 'ab', column: 'c', rowId: 'd' }, sealed)).toBe('v');
  });

  it('fails with IntegrityError under another data key, or the same bytes under another id', () => {
    const sealed = sealText(key, binding, 'Åsa');
    expectIntegrityError(() => openField(newDataKey(key.id), binding, sealed));
    expectIntegrityError(() => openField(new DataKey('case:other', key.key), binding, sealed));
    expect(openText(new DataKey(key.id, key.key), binding, sealed)).toBe('Åsa');
  });

  it('fails with IntegrityError when any byte is changed: version, nonce, ciphertext or tag', () => {
    const sealed = sealText(key, binding, 'a value of some length');
    for (let i = 0; i < sealed.length; i += 1) {
      const tampered = sealed.slice();
      tampered[i] ^= 0x01;
      expectIntegrityError(() => openField(key, binding, tampered));
    }
  });

  it('fails with IntegrityError when truncated or empty', () => {
    const sealed = sealText(key, binding, 'value');
    expectIntegrityError(() => openField(key, binding, sealed.subarray(0, sealed.length - 1)));
    expectIntegrityError(() => openField(key, binding, sealed.subarray(0, 40)));
    expectIntegrityError(() => openField(key, binding, new Uint8Array(0)));
  });

  it('binds non-ASCII row ids too (the slow path), and tells them apart', () => {
    const accented = { ...binding, rowId: 'rad-å' };
    const sealed = sealText(key, accented, 'v');
    expect(openText(key, accented, sealed)).toBe('v');
    expectIntegrityError(() => openField(key, { ...binding, rowId: 'rad-a' }, sealed));
  });

  it('keeps working for long row ids (scratch buffer grows)', () => {
    const long = { ...binding, rowId: 'r'.repeat(2000) };
    expect(openText(key, long, sealText(key, long, 'v'))).toBe('v');
  });

  it("shows a data key's id, never its bytes, when logged", () => {
    const hex = Buffer.from(key.key).toString('hex');
    expect(JSON.stringify(key)).toBe('{"id":"case:7f1c"}');
    expect(inspect(key, { depth: 5, showHidden: true })).not.toContain(hex);
    expect(inspect(key)).not.toMatch(/\d{2,}/);
  });
});
