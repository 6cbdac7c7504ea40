import { describe, expect, it } from '@jest/globals';
import { parsePurpose } from './purpose.guard.js';

describe('X-Access-Purpose', () => {
  it('accepts 3 to 200 characters, trimmed', () => {
    expect(parsePurpose('  AVH-2026-000042  ')).toBe('AVH-2026-000042');
    expect(parsePurpose('abc')).toBe('abc');
    expect(parsePurpose('x'.repeat(200))).toHaveLength(200);
  });

  it.each([undefined, '', 'ab', 'x'.repeat(201), 'line\nbreak', 'tab\tbed', ['a', 'b']])('rejects %p', (value) => {
    expect(parsePurpose(value as string | undefined)).toBeUndefined();
  });

  it.each([
    ['three zero-width spaces', '\u200B\u200B\u200B'],
    ['zero-width joiners and a byte-order mark', '\u200D\u200C\uFEFF\u2060'],
    ['bidirectional marks only', '\u200E\u200F\u061C'],
    ['Hangul fillers', '\u3164\u3164\u3164'],
    ['spaces of every width', '\u2003\u2009\u3000\u00A0'],
    ['a right-to-left override inside a purpose', 'AVH-2026-\u202E240000'],
    ['an isolate inside a purpose', 'uppföljning \u2066AVH\u2069'],
    ['a C1 control', 'uppföljning\u0085AVH'],
    ['NUL', 'AVH\u0000-2026'],
  ])('rejects %s', (_name, value) => {
    // As Node hands header bytes over: the UTF-8 of the text, one Latin-1 character per byte.
    expect(parsePurpose(Buffer.from(value, 'utf8').toString('latin1'))).toBeUndefined();
  });
});

describe('X-Access-Purpose encoding', () => {
  it('decodes UTF-8 sent as header bytes', () => {
    const asNodeSeesIt = Buffer.from('uppföljning AVH-2026-000042', 'utf8').toString('latin1');
    expect(parsePurpose(asNodeSeesIt)).toBe('uppföljning AVH-2026-000042');
  });
});
