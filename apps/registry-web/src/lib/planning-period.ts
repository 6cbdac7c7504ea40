import { addDays, dayNumber, isIsoDate } from './dates';

/**
 * The API's planning-period rule (apps/registry-api/src/common/planning-period.ts), for proposals, checks
 * and rankings alike: it starts today or later and at most 366 days ahead, ends on or after its start,
 * and lasts at most 1096 days (three years). Checked here too so a form says what is wrong before asking.
 */
export const MAX_START_AHEAD_DAYS = 366;
export const MAX_PERIOD_DAYS = 3 * 365 + 1;
/** The API's default period when none is given: today to today + 180 days. */
export const DEFAULT_PERIOD_DAYS = 180;

export type PeriodProblem = 'startInvalid' | 'endInvalid' | 'startPast' | 'startTooFar' | 'endBeforeStart' | 'tooLong';

export function periodProblemsOf(startDate: string, endDate: string, today: string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const startValid = isIsoDate(startDate);
  const endValid = isIsoDate(endDate);
  if (!startValid) problems.push('startInvalid');
  if (!endValid) problems.push('endInvalid');
  if (startValid) {
    if (dayNumber(startDate) < dayNumber(today)) problems.push('startPast');
    if (dayNumber(startDate) > dayNumber(today) + MAX_START_AHEAD_DAYS) problems.push('startTooFar');
  }
  if (startValid && endValid) {
    if (dayNumber(endDate) < dayNumber(startDate)) problems.push('endBeforeStart');
    else if (dayNumber(endDate) - dayNumber(startDate) > MAX_PERIOD_DAYS) problems.push('tooLong');
  }
  return problems;
}

export function defaultPeriod(today: string): { startDate: string; endDate: string } {
  return { startDate: today, endDate: addDays(today, DEFAULT_PERIOD_DAYS) };
}
