import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from './errors.js';
import { MAX_PERIOD_DAYS, MAX_START_AHEAD_DAYS, requirePlanningPeriod } from './planning-period.js';

const TODAY = '2026-11-30';
const period = (startDate: string, endDate: string) => ({ startDate, endDate });

describe('a planning period', () => {
  it('is three years at most, and starts within a year', () => {
    expect(MAX_PERIOD_DAYS).toBe(1096);
    expect(MAX_START_AHEAD_DAYS).toBe(366);
  });

  it.each([
    ['today, one day long', period(TODAY, TODAY)],
    ['six months from tomorrow', period('2026-12-01', '2027-05-31')],
    ['three years, a leap day included', period(TODAY, '2029-11-30')],
    ['starting a year ahead', period('2027-12-01', '2028-06-01')],
  ])('accepts %s', (_name, given) => {
    expect(requirePlanningPeriod(given, TODAY)).toEqual(given);
  });

  it.each([
    ['starting yesterday', period('2026-11-29', '2027-05-29'), 'startDate is in the past: a period starts today or later'],
    ['wholly past', period('2019-01-01', '2019-06-30'), 'startDate is in the past: a period starts today or later'],
    ['a day over three years', period(TODAY, '2029-12-01'), 'The period is longer than 1096 days (three years)'],
    ['starting more than a year ahead', period('2027-12-02', '2028-01-01'), 'startDate is more than 366 days ahead'],
    ['ending before it starts', period('2027-01-02', '2027-01-01'), 'endDate is before startDate'],
  ])('refuses a period %s, naming the rule and not the date', (_name, given, message) => {
    expect(() => requirePlanningPeriod(given, TODAY)).toThrow(BadUserInputError);
    expect(() => requirePlanningPeriod(given, TODAY)).toThrow(new BadUserInputError(message));
  });
});
