/**
 * Calendar dates travel as 'YYYY-MM-DD' strings (the API's Date scalar) and are compared as day numbers,
 * never through a local-time Date, so no time zone can shift a day. "Today" is today in Sweden, as the
 * API reckons it for its planning-period rules.
 */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayInSweden(now: Date = new Date()): string {
  return SWEDISH_DAY.format(now);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, or NaN for anything else. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = Date.UTC(year, month - 1, day);
  const check = new Date(value);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return Number.NaN;
  return value / DAY_MS;
}

export function isIsoDate(date: string): boolean {
  return !Number.isNaN(dayNumber(date));
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function localeOf(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'sv-SE';
}

const NUMERIC_DAY = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;

/** A calendar date in the reader's language: 2026-03-01 in Swedish (sv-SE), 1 Mar 2026 in English. */
export function formatDate(date: string, language: string): string {
  const day = dayNumber(date);
  if (Number.isNaN(day)) return date;
  const options: Intl.DateTimeFormatOptions = language.startsWith('en') ? { dateStyle: 'medium' } : NUMERIC_DAY;
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' }).format(new Date(day * DAY_MS));
}

/** An instant in Swedish time (the register's): 2026-03-01 14:05 in Swedish, 1 Mar 2026, 14:05 in English. */
export function formatDateTime(instant: string, language: string): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  const options: Intl.DateTimeFormatOptions = language.startsWith('en')
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { ...NUMERIC_DAY, hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'Europe/Stockholm' }).format(value);
}
