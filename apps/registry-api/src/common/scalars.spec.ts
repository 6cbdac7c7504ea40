import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from './errors.js';
import { DateScalar, parseDate, parseDateTime, parseInputDate } from './scalars.js';

describe('Date and DateTime scalars', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-01-01'])('accepts %s', (value) => {
    expect(parseDate(value)).toBe(value);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '26-11-23', '2026-11-23T00:00:00Z', '', 20261123])('rejects %p', (value) => {
    expect(() => parseDate(value)).toThrow(BadUserInputError);
  });

  it.each(['9999-12-31', '2101-01-01', '1899-12-31', '1000-01-01'])(
    'refuses %s as input, without echoing it, but still answers it',
    (value) => {
      expect(() => parseInputDate(value)).toThrow(BadUserInputError);
      expect(() => parseInputDate(value)).toThrow(/^Date must be in the years 1900 to 2100$/);
      expect(DateScalar.serialize(value)).toBe(value);
    },
  );

  it.each(['1900-01-01', '2100-12-31', '2026-11-23'])('accepts %s as input', (value) => {
    expect(parseInputDate(value)).toBe(value);
    expect(DateScalar.parseValue(value)).toBe(value);
  });

  it('DateTime needs a zone', () => {
    expect(parseDateTime('2026-11-23T12:00:00Z').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(parseDateTime('2026-11-23T13:00:00+01:00').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(() => parseDateTime('2026-11-23T12:00:00')).toThrow(BadUserInputError);
  });
});
