import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from './errors.js';
import { parseDate, parseDateTime } from './scalars.js';

describe('Date and DateTime scalars', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-01-01'])('accepts %s', (value) => {
    expect(parseDate(value)).toBe(value);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '26-11-23', '2026-11-23T00:00:00Z', '', 20261123])('rejects %p', (value) => {
    expect(() => parseDate(value)).toThrow(BadUserInputError);
  });

  it('DateTime needs a zone', () => {
    expect(parseDateTime('2026-11-23T12:00:00Z').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(parseDateTime('2026-11-23T13:00:00+01:00').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(() => parseDateTime('2026-11-23T12:00:00')).toThrow(BadUserInputError);
  });
});
