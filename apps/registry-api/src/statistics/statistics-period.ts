import { BadUserInputError } from '../common/errors.js';
import { todayInSweden } from '../common/calendar.js';

/** At most a year per question: a table is a region × month grid, and a year of it is what the console shows. */
export const MAX_PERIOD_MONTHS = 12;

/** A calendar month, `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(month: Month): number {
  const m = MONTH.exec(month)!;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthOf(index: number): Month {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last month that has ended, in Swedish time: live months would let a reader watch each case arrive. */
export function lastCompleteMonth(now: Date = new Date()): Month {
  return monthOf(monthIndex(todayInSweden(now).slice(0, 7)) - 1);
}

export interface StatisticsPeriod {
  from: Month;
  to: Month;
}

/** The months asked for, oldest first; refuses a malformed, reversed, too long or unfinished period. */
export function requireStatisticsPeriod(period: StatisticsPeriod, now: Date = new Date()): Month[] {
  for (const [name, value] of Object.entries({ from: period.from, to: period.to })) {
    if (typeof value !== 'string' || !MONTH.exec(value) || Number(value.slice(0, 4)) < 2000)
      throw new BadUserInputError(`period.${name} must be a month, YYYY-MM, from 2000 on`);
  }
  const from = monthIndex(period.from);
  const to = monthIndex(period.to);
  if (to < from) throw new BadUserInputError('period.to must not be before period.from');
  if (to - from + 1 > MAX_PERIOD_MONTHS) throw new BadUserInputError(`a period is at most ${MAX_PERIOD_MONTHS} months`);
  if (to > monthIndex(lastCompleteMonth(now)))
    throw new BadUserInputError('statistics cover completed months only: period.to must be before the current month');
  return Array.from({ length: to - from + 1 }, (_, i) => monthOf(from + i));
}
