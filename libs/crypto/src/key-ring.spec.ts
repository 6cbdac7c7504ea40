import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CompactSign, compactVerify, importJWK } from 'jose';
import { auditSigningKey } from './audit-signing-key.js';
import { newDataKey, unwrapDataKey, wrapDataKey } from './data-key.js';
import { KeyRingError } from './errors.js';
import { parseKeyRing, serializeKeyRing } from './key-ring-json.js';
import { blindIndex, keyedToken } from './blind-index.js';
import { generateKeyRing, rotateBlindIndexKey, rotateKeyRing, withoutBlindIndexVersion, type KeyRing } from './key-ring.js';
import { rowMac } from './row-mac.js';
import { ready } from './sodium.js';

type Document = Record<string, unknown> & {
  keks: Record<string, unknown>[];
  blindIndexKeys: Record<string, unknown>[];
  auditSigningKey: Record<string, unknown>;
};

/** Every base64url secret in a serialized ring, to check that no message or log line repeats one. */
function secretsOf(json: string): string[] {
  const document = JSON.parse(json) as Document;
  return [
    ...document.keks.map((kek) => kek['key'] as string),
    ...document.blindIndexKeys.map((key) => key['key'] as string),
    document['rowMacKey'] as string,
    document['tokenKey'] as string,
    document.auditSigningKey['d'] as string,
  ];
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The same 32 bytes with the last character's two unused bits set: lenient decoders accept it. */
function nonCanonical(key: string): string {
  const last = BASE64URL.indexOf(key.slice(-1));
  return key.slice(0, -1) + BASE64URL[last | 0b11];
}

function parseError(json: string): KeyRingError {
  try {
    parseKeyRing(json);
  } catch (error) {
    expect(error).toBeInstanceOf(KeyRingError);
    return error as KeyRingError;
  }
  throw new Error('expected parseKeyRing to refuse the input');
}

describe('key ring', () => {
  let ring: KeyRing;
  let json: string;
  let secrets: string[];

  beforeAll(async () => {
    await ready();
    ring = rotateKeyRing(generateKeyRing(new Date('2026-01-01T00:00:00Z')), new Date('2026-06-01T00:00:00Z'));
    json = serializeKeyRing(ring);
    secrets = secretsOf(json);
  });

  it('starts at version 1 and rotates to a new active version, keeping the old one', () => {
    const fresh = generateKeyRing();
    expect(fresh.activeKekVersion).toBe(1);
    expect(fresh.kekVersions).toEqual([1]);
    expect(ring.activeKekVersion).toBe(2);
    expect(ring.kekVersions).toEqual([1, 2]);
    expect(ring.kek(1).key).not.toEqual(ring.kek(2).key);
    expect(ring.kek(1).createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('serializes to the documented format and parses back to the same keys', () => {
    const document = JSON.parse(json) as Document;
    expect(Object.keys(document).sort()).toEqual([
      'activeBlindIndexVersion',
      'activeKekVersion',
      'auditSigningKey',
      'blindIndexKeys',
      'format',
      'keks',
      'rowMacKey',
      'tokenKey',
    ]);
    expect(document['format']).toBe('registry-key-ring.v2');
    expect(document.keks.map((kek) => kek['version'])).toEqual([1, 2]);
    const parsed = parseKeyRing(json);
    expect(serializeKeyRing(parsed)).toBe(json);
    // A data key wrapped under the original opens under the parsed copy.
    const stored = wrapDataKey(ring, newDataKey('case:1'));
    expect(unwrapDataKey(parsed, stored, 'case:1').key).toEqual(unwrapDataKey(ring, stored, 'case:1').key);
  });

  it('shows versions, never keys, when logged or JSON-encoded by mistake', () => {
    expect(JSON.stringify(ring)).toBe('{"activeKekVersion":2,"kekVersions":[1,2],"activeBlindIndexVersion":1,"blindIndexVersions":[1]}');
    const inspected = inspect(ring, { depth: 10, showHidden: true });
    const hexSecrets = [ring.kek(1).key, ring.kek(2).key, ring.blindIndexRootKey, ring.rowMacKey, ring.tokenKey, ring.auditSigningSeed].map(
      (k) => Buffer.from(k).toString('hex'),
    );
    for (const secret of [...secrets, ...hexSecrets]) expect(inspected).not.toContain(secret);
    expect(inspected).not.toMatch(/\d+, \d+, \d+/); // no byte listing either
  });

  describe('parsing refuses malformed input without repeating key material', () => {
    const cases: [string, (document: Document) => unknown][] = [
      ['a wrong format marker', (d) => ({ ...d, format: 'registry-key-ring.v3' })],
      ['a missing property', (d) => ({ ...d, rowMacKey: undefined })],
      ['a format-1 property in a format-2 ring', (d) => ({ ...d, blindIndexRootKey: d['rowMacKey'] })],
      ['an active blind-index version that names no key', (d) => ({ ...d, activeBlindIndexVersion: 7 })],
      ['an unknown property holding a key', (d) => ({ ...d, [d.keks[0]!['key'] as string]: d['rowMacKey'] })],
      ['a short KEK', (d) => ({ ...d, keks: [{ ...d.keks[0], key: (d.keks[0]!['key'] as string).slice(0, 42) }, d.keks[1]] })],
      ['a KEK in padded base64', (d) => ({ ...d, keks: [{ ...d.keks[0], key: `${d.keks[0]!['key'] as string}=` }, d.keks[1]] })],
      [
        'a KEK with a character outside base64url',
        (d) => ({ ...d, keks: [d.keks[0], { ...d.keks[1], key: `${(d.keks[1]!['key'] as string).slice(0, 42)}+` }] }),
      ],
      [
        'a KEK that decodes only if unused bits are ignored',
        (d) => ({ ...d, keks: [{ ...d.keks[0], key: nonCanonical(d.keks[0]!['key'] as string) }, d.keks[1]] }),
      ],
      ['no KEKs', (d) => ({ ...d, keks: [] })],
      ['an active version that is not there', (d) => ({ ...d, activeKekVersion: 3 })],
      ['a duplicate version', (d) => ({ ...d, keks: [d.keks[0], { ...d.keks[1], version: 1 }] })],
      ['version 0', (d) => ({ ...d, keks: [{ ...d.keks[0], version: 0 }, d.keks[1]] })],
      ['a fractional version', (d) => ({ ...d, keks: [{ ...d.keks[0], version: 1.5 }, d.keks[1]] })],
      ['a version as a string', (d) => ({ ...d, activeKekVersion: '2' })],
      ['a bad createdAt', (d) => ({ ...d, keks: [{ ...d.keks[0], createdAt: 'yesterday' }, d.keks[1]] })],
      ['an extra property on a KEK', (d) => ({ ...d, keks: [{ ...d.keks[0], note: 'x' }, d.keks[1]] })],
      ['a non-Ed25519 signing key', (d) => ({ ...d, auditSigningKey: { ...d.auditSigningKey, crv: 'X25519' } })],
      ['a signing key whose x does not match d', (d) => ({ ...d, auditSigningKey: { ...d.auditSigningKey, x: d.keks[0]!['key'] } })],
      ['an array', () => []],
      ['null', () => null],
    ];

    it.each(cases)('%s', (_name, mutate) => {
      const input = JSON.stringify(mutate(JSON.parse(json) as Document));
      const error = parseError(input);
      expect(error.code).toBe('KEY_RING_INVALID');
      for (const secret of secrets) {
        expect(error.message).not.toContain(secret);
        expect(error.message).not.toContain(secret.slice(0, 12));
      }
    });

    it('text that is not JSON, without quoting it', () => {
      const broken = json.replace('"keks"', 'keks');
      const error = parseError(broken);
      expect(error.message).toBe('key ring: not valid JSON');
      expect(error.cause).toBeUndefined();
    });
  });

  it('names the faulty property', () => {
    const document = JSON.parse(json) as Document;
    document.keks[1]!['key'] = 'too-short';
    expect(parseError(JSON.stringify(document)).message).toBe('key ring: "keks[1].key" must be 32 bytes in unpadded base64url');
  });

  it('gives jose an Ed25519 key pair that signs and verifies a JWS checkpoint', async () => {
    const { privateJwk, publicJwk } = auditSigningKey(ring);
    expect(publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: privateJwk.x });
    expect(publicJwk).not.toHaveProperty('d');
    const payload = new TextEncoder().encode('{"seq":42,"head":"abc"}');
    const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA' }).sign(await importJWK(privateJwk, 'EdDSA'));
    const verified = await compactVerify(jws, await importJWK(publicJwk, 'EdDSA'));
    expect(new TextDecoder().decode(verified.payload)).toBe('{"seq":42,"head":"abc"}');
    // The key survives a round trip through the file format.
    const reparsed = auditSigningKey(parseKeyRing(json));
    expect(reparsed).toEqual({ privateJwk, publicJwk });
  });

  it('reads a ring of format 1: its root key is blind-index version 1, and the row-MAC and token keys derive from it', () => {
    const document = JSON.parse(json) as Document;
    const v1 = {
      format: 'registry-key-ring.v1',
      activeKekVersion: document['activeKekVersion'],
      keks: document.keks,
      blindIndexRootKey: document.blindIndexKeys[0]!['key'],
      auditSigningKey: document.auditSigningKey,
    };
    const first = parseKeyRing(JSON.stringify(v1));
    const second = parseKeyRing(JSON.stringify(v1));
    expect(first.blindIndexVersions).toEqual([1]);
    expect(first.blindIndexRootKey).toEqual(ring.blindIndexRootKey);
    // Derived, not the root key itself, and the same on every read.
    expect(first.rowMacKey).toEqual(second.rowMacKey);
    expect(first.rowMacKey).not.toEqual(first.blindIndexRootKey);
    expect(first.tokenKey).not.toEqual(first.rowMacKey);
    // Written back, it is format 2 and keeps those keys.
    const upgraded = parseKeyRing(serializeKeyRing(first));
    expect(upgraded.rowMacKey).toEqual(first.rowMacKey);
    expect(upgraded.tokenKey).toEqual(first.tokenKey);
  });

  it('rotates the blind-index key: new indexes differ, tokens and row MACs stay, and the old version can be retired', () => {
    const number = '198112189876';
    const rotated = rotateBlindIndexKey(ring);
    expect(rotated.blindIndexVersions).toEqual([1, 2]);
    expect(rotated.activeBlindIndexVersion).toBe(2);
    expect(blindIndex(rotated, 'person.identity_number', number, 1)).toEqual(blindIndex(ring, 'person.identity_number', number));
    expect(blindIndex(rotated, 'person.identity_number', number)).not.toEqual(blindIndex(ring, 'person.identity_number', number));
    expect(keyedToken(rotated, 'probe', 'x')).toEqual(keyedToken(ring, 'probe', 'x'));
    expect(rowMac(rotated, '["t","1"]')).toEqual(rowMac(ring, '["t","1"]'));
    const retired = withoutBlindIndexVersion(rotated, 1);
    expect(retired.blindIndexVersions).toEqual([2]);
    expect(() => blindIndex(retired, 'person.identity_number', number, 1)).toThrow(KeyRingError);
    expect(() => withoutBlindIndexVersion(retired, 2)).toThrow(KeyRingError);
    // Retired for good: a round trip through the file holds no trace of version 1.
    expect(serializeKeyRing(retired)).not.toContain(Buffer.from(ring.blindIndexRootKey).toString('base64url'));
  });
});
