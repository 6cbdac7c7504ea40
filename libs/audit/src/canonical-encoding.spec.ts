import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ENCODING_VERSION, GENESIS_PREV_HASH, chainHash, encodeEvent } from './index.js';
import type { AuditEventFields } from './index.js';

const base: AuditEventFields = {
  seq: 1,
  at: '2025-03-01T08:00:00.000Z',
  actor: 'officer-1',
  roles: ['POLICE_REGIONAL'],
  scope: 'SYD',
  action: 'checkDestination',
  resourceType: 'case',
  resourceId: 'case-1',
  purpose: 'Ärende 1',
  outcome: 'ok',
  requestId: 'req-1',
  clientAddress: '10.1.2.3',
  prevHash: GENESIS_PREV_HASH,
};

function str(value: string | null): Buffer {
  if (value === null) return Buffer.from([0xff, 0xff, 0xff, 0xff]);
  const bytes = Buffer.from(value, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

describe('encodeEvent', () => {
  it('lays fields out as documented: version, u64 seq, raw prevHash, then length-prefixed strings', () => {
    const fields: AuditEventFields = { ...base, seq: 2 ** 40 + 7, roles: ['A', 'BB'], scope: null, prevHash: 'ab'.repeat(32) };
    const seq = Buffer.alloc(8);
    seq.writeBigUInt64BE(BigInt(2 ** 40 + 7));
    const expected = Buffer.concat([
      Buffer.from([ENCODING_VERSION]),
      seq,
      Buffer.from('ab'.repeat(32), 'hex'),
      str(fields.at),
      str(fields.actor),
      Buffer.from([0, 0, 0, 2]),
      str('A'),
      str('BB'),
      str(null),
      ...[
        fields.action,
        fields.resourceType,
        fields.resourceId,
        fields.purpose,
        fields.outcome,
        fields.requestId,
        fields.clientAddress,
      ].map(str),
    ]);
    expect(encodeEvent(fields).equals(expected)).toBe(true);
  });

  it('tells apart fields that naive concatenation would merge', () => {
    const pairs: [Partial<AuditEventFields>, Partial<AuditEventFields>][] = [
      [
        { actor: 'ab', scope: 'c' },
        { actor: 'a', scope: 'bc' },
      ],
      [{ roles: ['a', 'b'] }, { roles: ['ab'] }],
      [{ roles: ['a,b'] }, { roles: ['a', 'b'] }],
      [{ roles: [] }, { roles: [''] }],
      [{ scope: null }, { scope: '' }],
      [
        { resourceId: null, purpose: 'x' },
        { resourceId: 'x', purpose: null },
      ],
      [{ purpose: 'a\u0000' }, { purpose: 'a' }],
      [
        { resourceType: 'case', resourceId: 'x' },
        { resourceType: 'casex', resourceId: '' },
      ],
    ];
    for (const [left, right] of pairs) {
      expect(encodeEvent({ ...base, ...left }).equals(encodeEvent({ ...base, ...right }))).toBe(false);
    }
  });

  it('gives distinct events distinct encodings (property)', () => {
    const nullable = fc.option(fc.string({ unit: 'grapheme', maxLength: 6 }), { nil: null });
    const event = fc.record({
      actor: fc.string({ maxLength: 6 }),
      roles: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
      scope: nullable,
      resourceId: nullable,
      purpose: nullable,
    });
    fc.assert(
      fc.property(event, event, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        return !encodeEvent({ ...base, ...a }).equals(encodeEvent({ ...base, ...b }));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses strings that UTF-8 cannot carry exactly', () => {
    expect(() => encodeEvent({ ...base, purpose: 'a\uD800b' })).toThrow(TypeError);
    expect(encodeEvent({ ...base, purpose: 'a\uFFFDb' })).toBeInstanceOf(Buffer);
  });

  it('refuses malformed fields instead of hashing them', () => {
    const bad: Partial<Record<keyof AuditEventFields, unknown>>[] = [
      { seq: 0 },
      { seq: 1.5 },
      { at: '2025-03-01T08:00:00Z' },
      { at: '2025-03-01 08:00:00.000Z' },
      { outcome: 'fine' },
      { roles: 'POLICE_REGIONAL' },
      { roles: [1] },
      { actor: null },
      { scope: undefined },
      { prevHash: 'AB'.repeat(32) },
      { prevHash: '0'.repeat(63) },
    ];
    for (const fields of bad) {
      expect(() => encodeEvent({ ...base, ...fields } as AuditEventFields)).toThrow();
    }
  });

  it('returns a copy that later encodings do not overwrite', () => {
    const first = encodeEvent(base);
    const copy = Buffer.from(first);
    encodeEvent({ ...base, purpose: 'something else entirely' });
    expect(first.equals(copy)).toBe(true);
  });
});

describe('chainHash', () => {
  it('is SHA-256 over the raw prevHash followed by the encoding', () => {
    const prevHash = 'cd'.repeat(32);
    const fields = { ...base, seq: 5, prevHash };
    const expected = createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(encodeEvent(fields)).digest('hex');
    expect(chainHash(prevHash, fields)).toBe(expected);
  });

  it('refuses to chain an event to a predecessor it does not name', () => {
    expect(() => chainHash('cd'.repeat(32), base)).toThrow(RangeError);
  });
});
