import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, todayInSweden } from './dates';
import { defaultPeriod, periodProblemsOf } from './planning-period';

const today = '2026-11-30';

describe('planning period (the API rule)', () => {
  it('defaults to today and today + 180 days, which is valid', () => {
    const period = defaultPeriod(today);
    expect(period).toEqual({ startDate: today, endDate: '2027-05-29' });
    expect(periodProblemsOf(period.startDate, period.endDate, today)).toEqual([]);
  });

  it('starts today or later, at most 366 days ahead', () => {
    expect(periodProblemsOf('2026-11-29', '2027-01-01', today)).toEqual(['startPast']);
    expect(periodProblemsOf(addDays(today, 366), addDays(today, 400), today)).toEqual([]);
    expect(periodProblemsOf(addDays(today, 367), addDays(today, 400), today)).toEqual(['startTooFar']);
  });

  it('ends on or after its start and lasts at most 1096 days', () => {
    expect(periodProblemsOf(today, '2026-11-29', today)).toEqual(['endBeforeStart']);
    expect(periodProblemsOf(today, addDays(today, 1096), today)).toEqual([]);
    expect(periodProblemsOf(today, addDays(today, 1097), today)).toEqual(['tooLong']);
  });

  it('refuses what is not a date', () => {
    expect(periodProblemsOf('', '2027-02-30', today)).toEqual(['startInvalid', 'endInvalid']);
  });

  it('counts days without time zones', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(todayInSweden(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
