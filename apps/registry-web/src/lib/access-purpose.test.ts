import { describe, expect, it } from 'vitest';
import { purposeHeaderValue, purposeProblemOf } from './access-purpose';

describe('purpose of access', () => {
  it('follows the API: 3 to 200 visible characters, no controls or invisible formatting', () => {
    expect(purposeProblemOf('AVH-2026-000042')).toBeUndefined();
    expect(purposeProblemOf('  ab  ')).toBe('tooShort');
    expect(purposeProblemOf('\u200B\u200B\u200B')).toBe('hidden');
    expect(purposeProblemOf('   ')).toBe('tooShort');
    expect(purposeProblemOf('x'.repeat(201))).toBe('tooLong');
    expect(purposeProblemOf('read\u202Eevil')).toBe('hidden');
    expect(purposeProblemOf('line\nbreak')).toBe('hidden');
  });

  it('goes in the header as UTF-8 bytes, which fetch accepts and the API decodes', () => {
    const header = purposeHeaderValue(' uppföljning – ärende ✓ ');
    expect([...header].every((char) => char.charCodeAt(0) <= 0xff)).toBe(true);
    expect(new TextDecoder().decode(Uint8Array.from([...header].map((char) => char.charCodeAt(0))))).toBe('uppföljning – ärende ✓');
    expect(() => new Headers({ 'X-Access-Purpose': header })).not.toThrow();
  });
});
