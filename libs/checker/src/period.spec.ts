import { describe, expect, it } from '@jest/globals';
import {
  InvalidDateError,
  InvalidPeriodError,
  addDays,
  affiliationCounts,
  defaultPeriod,
  fromDayNumber,
  overlaps,
  periodInterval,
  toDayNumber,
  validityInterval,
} from './period.js';

const day = toDayNumber;

describe('dates', () => {
  it('reads calendar dates as UTC day numbers and back', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(fromDayNumber(day('2024-02-29'))).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-3-1', '20260301', '', '2026-03-01T00:00:00Z'])(
    'refuses %p without echoing it',
    (text) => {
      expect(() => day(text)).toThrow(InvalidDateError);
      try {
        day(text);
      } catch (error) {
        if (text !== '') expect((error as Error).message).not.toContain(text);
      }
    },
  );

  it('defaults the period to today and 180 days on, or 180 days from a given start', () => {
    expect(defaultPeriod('2026-03-01')).toEqual({ startDate: '2026-03-01', endDate: '2026-08-28' });
    expect(defaultPeriod('2026-03-01', '2026-04-01')).toEqual({ startDate: '2026-04-01', endDate: '2026-09-28' });
    expect(defaultPeriod('2026-03-01', null, '2026-03-10')).toEqual({ startDate: '2026-03-01', endDate: '2026-03-10' });
  });

  it('refuses a period that ends before it starts, and accepts a one-day period', () => {
    expect(() => periodInterval({ startDate: '2026-03-02', endDate: '2026-03-01' })).toThrow(InvalidPeriodError);
    expect(periodInterval({ startDate: '2026-03-01', endDate: '2026-03-01' })).toEqual({ from: day('2026-03-01'), to: day('2026-03-01') });
  });
});

describe('overlap', () => {
  const period = periodInterval({ startDate: '2026-03-01', endDate: '2026-03-31' });
  const fact = (validFrom: string, validTo: string | null) => validityInterval({ validFrom, validTo });

  it.each([
    { name: 'ends the day before the start', from: '2026-01-01', to: '2026-02-28', expected: false },
    { name: 'ends on the start date', from: '2026-01-01', to: '2026-03-01', expected: true },
    { name: 'lies inside', from: '2026-03-10', to: '2026-03-11', expected: true },
    { name: 'begins on the end date', from: '2026-03-31', to: null, expected: true },
    { name: 'begins the day after the end', from: '2026-04-01', to: null, expected: false },
    { name: 'is open and began long before', from: '2000-01-01', to: null, expected: true },
    { name: 'spans the whole period', from: '2026-02-01', to: '2026-05-01', expected: true },
  ])('a fact that $name: $expected', ({ from, to, expected }) => {
    expect(overlaps(fact(from, to), period)).toBe(expected);
  });

  it('counts an affiliation that overlaps or ended before the period, not one that begins after it', () => {
    expect(affiliationCounts(fact('2010-01-01', '2012-01-01'), period)).toBe(true);
    expect(affiliationCounts(fact('2026-03-31', null), period)).toBe(true);
    expect(affiliationCounts(fact('2026-04-01', null), period)).toBe(false);
  });
});
