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
});

describe('X-Access-Purpose encoding', () => {
  it('decodes UTF-8 sent as header bytes', () => {
    const asNodeSeesIt = Buffer.from('uppföljning AVH-2026-000042', 'utf8').toString('latin1');
    expect(parsePurpose(asNodeSeesIt)).toBe('uppföljning AVH-2026-000042');
  });
});
