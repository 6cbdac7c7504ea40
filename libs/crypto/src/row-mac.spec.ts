import { beforeAll, describe, expect, it } from '@jest/globals';
import { IntegrityError } from './errors.js';
import { generateKeyRing, type KeyRing } from './key-ring.js';
import { rowMac, verifyRowMac } from './row-mac.js';
import { ready } from './sodium.js';

describe('row MAC', () => {
  let ring: KeyRing;
  beforeAll(async () => {
    await ready();
    ring = generateKeyRing();
  });

  it('verifies the row it was made for and nothing else', () => {
    const row = '["known_location", "a", "p", "2026-01-01", null]';
    const mac = rowMac(ring, row);
    expect(() => verifyRowMac(ring, row, mac)).not.toThrow();
    expect(() => verifyRowMac(ring, row.replace('null', '"2026-02-01"'), mac)).toThrow(IntegrityError);
    expect(() => verifyRowMac(ring, row.replace('"a"', '"b"'), mac)).toThrow(IntegrityError);
    expect(() => verifyRowMac(generateKeyRing(), row, mac)).toThrow(IntegrityError);
  });

  it('refuses a missing or malformed MAC', () => {
    expect(() => verifyRowMac(ring, '["t"]', null)).toThrow(IntegrityError);
    expect(() => verifyRowMac(ring, '["t"]', new Uint8Array(31))).toThrow(IntegrityError);
  });
});
