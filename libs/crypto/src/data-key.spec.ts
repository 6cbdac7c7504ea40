import { beforeAll, describe, expect, it } from '@jest/globals';
import { newDataKey, rewrapDataKey, unwrapDataKey, wrapDataKey, type WrappedDataKey } from './data-key.js';
import { IntegrityError, KeyRingError, KeyUnavailableError } from './errors.js';
import { generateKeyRing, rotateKeyRing, withoutVersion, type KeyRing } from './key-ring.js';
import { openText, sealText } from './sealed-field.js';
import { ready } from './sodium.js';

const binding = { table: 'person', column: 'family_name', rowId: 'p-1' };

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('data keys', () => {
  let ring: KeyRing;

  beforeAll(async () => {
    await ready();
    ring = generateKeyRing();
  });

  it('unwraps to a key that opens what the original sealed', () => {
    const dataKey = newDataKey('case:1');
    const sealed = sealText(dataKey, binding, 'Lindqvist');
    const stored = wrapDataKey(ring, dataKey);
    expect(stored.kekVersion).toBe(1);
    expect(stored.wrapped).toHaveLength(73);
    expect(stored.wrapped[0]).toBe(1);
    const unwrapped = unwrapDataKey(ring, stored, 'case:1');
    expect(unwrapped.id).toBe('case:1');
    expect(openText(unwrapped, binding, sealed)).toBe('Lindqvist');
  });

  it('neither seals nor opens once wiped: sealing under the zeros left behind would write data anyone can open', () => {
    const dataKey = newDataKey('case:1');
    const sealed = sealText(dataKey, binding, 'Lindqvist');
    dataKey.wipe();
    expect(() => sealText(dataKey, binding, 'Lindqvist')).toThrow(IntegrityError);
    expect(() => openText(dataKey, binding, sealed)).toThrow(IntegrityError);
  });

  it('gives every data key its own bytes', () => {
    expect(newDataKey('case:1').key).not.toEqual(newDataKey('case:1').key);
  });

  it('refuses a wrapped key presented under another data-key id (IntegrityError)', () => {
    const stored = wrapDataKey(ring, newDataKey('case:1'));
    expect(caught(() => unwrapDataKey(ring, stored, 'case:2'))).toBeInstanceOf(IntegrityError);
  });

  it('refuses a tampered or truncated wrapped key (IntegrityError)', () => {
    const stored = wrapDataKey(ring, newDataKey('case:1'));
    for (const i of [0, 1, 30, 72]) {
      const wrapped = stored.wrapped.slice();
      wrapped[i] ^= 0x80;
      expect(caught(() => unwrapDataKey(ring, { ...stored, wrapped }, 'case:1'))).toBeInstanceOf(IntegrityError);
    }
    const truncated = { ...stored, wrapped: stored.wrapped.subarray(0, 72) };
    expect(caught(() => unwrapDataKey(ring, truncated, 'case:1'))).toBeInstanceOf(IntegrityError);
  });

  it('refuses a key under another ring (IntegrityError)', () => {
    const stored = wrapDataKey(ring, newDataKey('case:1'));
    expect(caught(() => unwrapDataKey(generateKeyRing(), stored, 'case:1'))).toBeInstanceOf(IntegrityError);
  });

  describe('rotation', () => {
    it('re-wraps under the new version, then still opens after the old version is removed', () => {
      const dataKey = newDataKey('case:9');
      const sealed = sealText(dataKey, binding, 'Öberg');
      const storedV1 = wrapDataKey(ring, dataKey);

      const rotated = rotateKeyRing(ring);
      expect(rotated.activeKekVersion).toBe(2);
      expect(rotated.kekVersions).toEqual([1, 2]);
      // Until re-wrapped, the old version still opens it.
      expect(openText(unwrapDataKey(rotated, storedV1, 'case:9'), binding, sealed)).toBe('Öberg');

      const storedV2 = rewrapDataKey(rotated, storedV1, 'case:9');
      expect(storedV2.kekVersion).toBe(2);
      expect(storedV2.wrapped).not.toEqual(storedV1.wrapped);

      const pruned = withoutVersion(rotated, 1);
      expect(pruned.kekVersions).toEqual([2]);
      expect(openText(unwrapDataKey(pruned, storedV2, 'case:9'), binding, sealed)).toBe('Öberg');
    });

    it('says which version is missing when a needed one was removed', () => {
      const storedV1 = wrapDataKey(ring, newDataKey('case:9'));
      const pruned = withoutVersion(rotateKeyRing(ring), 1);
      const error = caught(() => unwrapDataKey(pruned, storedV1, 'case:9'));
      expect(error).toBeInstanceOf(KeyUnavailableError);
      expect((error as KeyUnavailableError).code).toBe('KEY_UNAVAILABLE');
      expect((error as KeyUnavailableError).kekVersion).toBe(1);
      expect((error as Error).message).toContain('version 1 is not in the key ring');
      expect(caught(() => rewrapDataKey(pruned, storedV1, 'case:9'))).toBeInstanceOf(KeyUnavailableError);
    });

    it('binds the KEK version: a relabelled version does not open', () => {
      const rotated = rotateKeyRing(ring);
      const storedV2: WrappedDataKey = wrapDataKey(rotated, newDataKey('case:3'));
      expect(storedV2.kekVersion).toBe(2);
      const relabelled = { ...storedV2, kekVersion: 1 };
      expect(caught(() => unwrapDataKey(rotated, relabelled, 'case:3'))).toBeInstanceOf(IntegrityError);
    });

    it('leaves a key already under the active version as it is', () => {
      const stored = wrapDataKey(ring, newDataKey('case:4'));
      expect(rewrapDataKey(ring, stored, 'case:4')).toBe(stored);
    });

    it('refuses to remove the active version, or one the ring does not hold', () => {
      const rotated = rotateKeyRing(ring);
      expect(caught(() => withoutVersion(rotated, 2))).toBeInstanceOf(KeyRingError);
      expect(caught(() => withoutVersion(rotated, 7))).toBeInstanceOf(KeyRingError);
    });

    it('keeps counting up after older versions are removed', () => {
      const ring3 = rotateKeyRing(rotateKeyRing(ring));
      const ring4 = rotateKeyRing(withoutVersion(withoutVersion(ring3, 1), 2));
      expect(ring4.kekVersions).toEqual([3, 4]);
      expect(ring4.activeKekVersion).toBe(4);
    });
  });
});
