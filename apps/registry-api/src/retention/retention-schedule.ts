import { todayInSweden } from '../common/calendar.js';

/**
 * The kinds of record the retention schedule erases (gallring), each with what its clock starts from:
 * - CLOSED_CASE: a case closed (COMPLETED or ABORTED) at `closed_at`; its household's data keys are destroyed.
 * - ENDED_PLACEMENT: a placement of a case still open that ended on `ended_on`; its destination, its
 *   proposal's place and check, and its alerts are erased (the dates and housing type stay, for statistics).
 * - PRESENCE: a network presence whose validity ended on `valid_to` (never an open one).
 * - AFFILIATION: an affiliation whose validity ended on `valid_to`, of a person no open case still needs.
 * - AUDIT_PERSONAL: the officer id, client address and purpose of an audit event logged at `at`.
 */
export const RETENTION_KINDS = ['CLOSED_CASE', 'ENDED_PLACEMENT', 'PRESENCE', 'AFFILIATION', 'AUDIT_PERSONAL'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Days each kind is kept after its clock starts. */
export type RetentionSchedule = Readonly<Record<RetentionKind, number>>;

/** One kind's limit at a given moment: a record whose clock started before it has expired. */
export interface RetentionCutoff {
  kind: RetentionKind;
  days: number;
  /**
   * For kinds dated by a calendar day (ended_on, valid_to): the last Swedish day that has expired. A record
   * ending on this day or earlier has been kept `days` full days after it, counted from today in Sweden.
   */
  lastExpiredDay: string;
  /** For kinds dated by an instant (closed_at, the audit event's time): expired when strictly before it. */
  before: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `day` (YYYY-MM-DD) moved by `delta` calendar days; plain calendar arithmetic, no time zone involved. */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + delta));
  return moved.toISOString().slice(0, 10);
}

/**
 * Each kind's limit at `now`. A record dated by a day D expires once `days` whole days have passed after
 * D, that is when D + days < today (D <= today - days - 1); one dated by an instant t when t + days < now.
 */
export function retentionCutoffs(schedule: RetentionSchedule, now: Date): RetentionCutoff[] {
  const today = todayInSweden(now);
  return RETENTION_KINDS.map((kind) => {
    const days = schedule[kind];
    return { kind, days, lastExpiredDay: addDays(today, -days - 1), before: new Date(now.getTime() - days * DAY_MS) };
  });
}

/** One kind's limit at `now`. */
export function retentionCutoff(schedule: RetentionSchedule, now: Date, kind: RetentionKind): RetentionCutoff {
  return retentionCutoffs(schedule, now).find((cutoff) => cutoff.kind === kind) as RetentionCutoff;
}

/** Whether a record dated by the day `day` has expired under `cutoff`. */
export function dayHasExpired(cutoff: RetentionCutoff, day: string): boolean {
  return day <= cutoff.lastExpiredDay;
}

/** Whether a record dated by the instant `at` has expired under `cutoff`. */
export function instantHasExpired(cutoff: RetentionCutoff, at: Date): boolean {
  return at.getTime() < cutoff.before.getTime();
}
