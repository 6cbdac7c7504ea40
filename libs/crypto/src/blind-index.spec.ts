import { beforeAll, describe, expect, it } from '@jest/globals';
import { fictionalIdentityNumber } from '../test/fictional-identity-numbers.js';
import { blindIndex, blindIndexHex } from './blind-index.js';
import { InvalidIdentityNumberError } from './errors.js';
import { normaliseIdentityNumber } from './identity-number.js';
import { parseKeyRing, serializeKeyRing } from './key-ring-json.js';
import { generateKeyRing, rotateKeyRing, type KeyRing } from './key-ring.js';
import { ready } from './sodium.js';

const COLUMN = 'person.identity_number';

describe('blind index', () => {
  let ring: KeyRing;
  const anna = fictionalIdentityNumber('19750314', '998');
  const bertil = fictionalIdentityNumber('19750314', '996');
  const coordination = fictionalIdentityNumber('19820471', '993');

  beforeAll(async () => {
    await ready();
    ring = generateKeyRing();
  });

  const index = (input: string, column = COLUMN, keys = ring): string => blindIndexHex(keys, column, normaliseIdentityNumber(input));

  it('is 8 bytes', () => {
    expect(blindIndex(ring, COLUMN, anna.long)).toHaveLength(8);
    expect(index(anna.long)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for YYMMDD-NNNC, YYMMDDNNNC and YYYYMMDDNNNC', () => {
    expect(index(anna.short)).toBe(index(anna.long));
    expect(index(anna.compact)).toBe(index(anna.long));
  });

  it('differs between people, including a coordination number', () => {
    const values = new Set([index(anna.long), index(bertil.long), index(coordination.long)]);
    expect(values.size).toBe(3);
  });

  it('differs per column, so two columns cannot be joined on it', () => {
    expect(index(anna.long, 'person.identity_number')).not.toBe(index(anna.long, 'relative.identity_number'));
  });

  it('depends on the key ring, and survives KEK rotation and a file round trip', () => {
    expect(index(anna.long, COLUMN, generateKeyRing())).not.toBe(index(anna.long));
    expect(index(anna.long, COLUMN, rotateKeyRing(ring))).toBe(index(anna.long));
    expect(index(anna.long, COLUMN, parseKeyRing(serializeKeyRing(ring)))).toBe(index(anna.long));
  });

  it('refuses a number that was not normalised first', () => {
    expect(() => blindIndex(ring, COLUMN, anna.short)).toThrow(InvalidIdentityNumberError);
    expect(() => blindIndex(ring, COLUMN, anna.compact)).toThrow(InvalidIdentityNumberError);
  });
});

describe('keyedToken', () => {
  it('is stable per ring, purpose and value, and differs across each', async () => {
    const { ready, generateKeyRing } = await import('./index.js');
    const { keyedToken } = await import('./blind-index.js');
    await ready();
    const ring = generateKeyRing();
    const other = generateKeyRing();
    const token = Buffer.from(keyedToken(ring, 'probe', 'case-1:1280'));
    expect(Buffer.from(keyedToken(ring, 'probe', 'case-1:1280')).equals(token)).toBe(true);
    expect(Buffer.from(keyedToken(ring, 'probe', 'case-1:1281')).equals(token)).toBe(false);
    expect(Buffer.from(keyedToken(ring, 'other', 'case-1:1280')).equals(token)).toBe(false);
    expect(Buffer.from(keyedToken(other, 'probe', 'case-1:1280')).equals(token)).toBe(false);
    expect(token.length).toBe(16);
  });
});
