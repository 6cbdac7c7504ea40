import { toDayNumber, type Period } from '@registry/checker';
import { BadUserInputError } from './errors.js';

/** Placements last six months to two years (DOMAIN); three years leaves room for a long one, not for a typo. */
export const MAX_PERIOD_DAYS = 3 * 365 + 1;

/**
 * How far ahead a period may start. A cleared proposal reserves its destination against rival households
 * until its start date; one starting decades ahead would close a municipality to them for as long.
 */
export const MAX_START_AHEAD_DAYS = 366;

/**
 * The period of a proposal, and of a check or ranking (the same rule: a check is how a proposal is
 * planned). It starts today or later: a proposal starting in the past would clear without ever reserving
 * its destination (a reservation lapses on its start date), and a check of a past period has no plan to
 * serve while the checker counts ended placements too, so it would only show where rival households used
 * to live. Messages name the rule, never the date.
 */
export function requirePlanningPeriod(period: Period, today: string): Period {
  const start = toDayNumber(period.startDate);
  const end = toDayNumber(period.endDate);
  const now = toDayNumber(today);
  if (end < start) throw new BadUserInputError('endDate is before startDate');
  if (start < now) throw new BadUserInputError('startDate is in the past: a period starts today or later');
  if (start > now + MAX_START_AHEAD_DAYS) throw new BadUserInputError(`startDate is more than ${MAX_START_AHEAD_DAYS} days ahead`);
  if (end - start > MAX_PERIOD_DAYS) throw new BadUserInputError(`The period is longer than ${MAX_PERIOD_DAYS} days (three years)`);
  return period;
}
