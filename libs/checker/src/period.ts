/**
 * Dates and validity intervals. Dates travel as 'YYYY-MM-DD' strings and are compared as UTC day numbers
 * (days since 1970-01-01), so no time zone or clock ever enters a rule.
 */

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** A date that is not a real 'YYYY-MM-DD' calendar date; maps to BAD_USER_INPUT. */
export class InvalidDateError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('A date must be a calendar date written YYYY-MM-DD');
    this.name = 'InvalidDateError';
  }
}

/** A period whose end precedes its start; maps to BAD_USER_INPUT. */
export class InvalidPeriodError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('The period must not end before it starts');
    this.name = 'InvalidPeriodError';
  }
}

export function toDayNumber(date: string): DayNumber {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new InvalidDateError();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidDateError();
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** A proposal's period: both ends included. */
export interface Period {
  startDate: string;
  endDate: string;
}

/** A fact's validity: both ends included; a null validTo means still valid. */
export interface Validity {
  validFrom: string;
  validTo: string | null;
}

/** A closed interval of day numbers; an open end is +Infinity. */
export interface DayInterval {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** The contract's default period when a caller gives none: today and today + 180 days. */
export const DEFAULT_PERIOD_DAYS = 180;

export function defaultPeriod(today: string, startDate?: string | null, endDate?: string | null): Period {
  const start = startDate ?? today;
  return { startDate: start, endDate: endDate ?? addDays(start, DEFAULT_PERIOD_DAYS) };
}

export function periodInterval(period: Period): DayInterval {
  const from = toDayNumber(period.startDate);
  const to = toDayNumber(period.endDate);
  if (to < from) throw new InvalidPeriodError();
  return { from, to };
}

export function validityInterval(validity: Validity): DayInterval {
  return {
    from: toDayNumber(validity.validFrom),
    to: validity.validTo === null ? Number.POSITIVE_INFINITY : toDayNumber(validity.validTo),
  };
}

/** Closed intervals: a fact ending on the period's first day still overlaps it. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Whether an affiliation makes a network "theirs" during a period: it overlaps the period or ended before
 * it. A person stays known to a network they left, so only an affiliation that begins after the period
 * is ignored.
 */
export function affiliationCounts(affiliation: DayInterval, period: DayInterval): boolean {
  return affiliation.from <= period.to;
}
