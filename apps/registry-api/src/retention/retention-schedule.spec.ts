import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  dayHasExpired,
  instantHasExpired,
  RETENTION_KINDS,
  retentionCutoff,
  retentionCutoffs,
  type RetentionSchedule,
} from './retention-schedule.js';

const SCHEDULE: RetentionSchedule = { CLOSED_CASE: 365, ENDED_PLACEMENT: 30, PRESENCE: 1095, AFFILIATION: 1095, AUDIT_PERSONAL: 1825 };
const DAY_MS = 24 * 60 * 60 * 1000;

describe('retention schedule arithmetic', () => {
  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-30', -365)).toBe('2025-11-30');
    expect(addDays('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('gives one cutoff per kind, in the schedule order, with its days', () => {
    const cutoffs = retentionCutoffs(SCHEDULE, new Date('2026-11-30T10:00:00Z'));
    expect(cutoffs.map((c) => [c.kind, c.days])).toEqual(RETENTION_KINDS.map((kind) => [kind, SCHEDULE[kind]]));
  });

  // A placement that ended on D is kept 30 whole days after D: on D + 30 it is still there, on D + 31 it goes.
  it.each([
    // October has 31 days: 31 October + 30 days is 30 November, today.
    ['2026-10-31', '2026-11-30T10:00:00Z', false],
    ['2026-10-30', '2026-11-30T10:00:00Z', true],
    ['2026-11-01', '2026-11-30T10:00:00Z', false],
    ['2026-11-30', '2026-11-30T10:00:00Z', false],
    ['2026-10-31', '2026-12-01T10:00:00Z', true],
  ])('a day-dated record ending %s, at %s: expired %s', (day, now, expired) => {
    expect(dayHasExpired(retentionCutoff(SCHEDULE, new Date(now), 'ENDED_PLACEMENT'), day)).toBe(expired);
  });

  it('counts days from the Swedish calendar day, not the UTC one', () => {
    // 23:30 UTC on 30 November is already 1 December in Stockholm (UTC+1 in winter).
    const lateEvening = retentionCutoff(SCHEDULE, new Date('2026-11-30T23:30:00Z'), 'ENDED_PLACEMENT');
    expect(lateEvening.lastExpiredDay).toBe('2026-10-31');
    expect(dayHasExpired(lateEvening, '2026-10-31')).toBe(true);
    const summer = retentionCutoff(SCHEDULE, new Date('2026-06-30T22:30:00Z'), 'PRESENCE');
    expect(summer.lastExpiredDay).toBe(addDays('2026-07-01', -1096));
  });

  it('an instant-dated record expires strictly after its days have passed', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const cutoff = retentionCutoff(SCHEDULE, now, 'CLOSED_CASE');
    expect(cutoff.before.toISOString()).toBe('2025-11-30T10:00:00.000Z');
    expect(instantHasExpired(cutoff, new Date(now.getTime() - 365 * DAY_MS - 1))).toBe(true);
    expect(instantHasExpired(cutoff, new Date(now.getTime() - 365 * DAY_MS))).toBe(false);
    expect(instantHasExpired(cutoff, now)).toBe(false);
  });

  it('a longer retention never expires what a shorter one keeps', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    for (const days of [30, 31, 365, 366, 1095, 1825]) {
      const shorter = retentionCutoff({ ...SCHEDULE, PRESENCE: days }, now, 'PRESENCE');
      const longer = retentionCutoff({ ...SCHEDULE, PRESENCE: days + 1 }, now, 'PRESENCE');
      expect(longer.lastExpiredDay < shorter.lastExpiredDay).toBe(true);
      expect(addDays(longer.lastExpiredDay, 1)).toBe(shorter.lastExpiredDay);
    }
  });
});
