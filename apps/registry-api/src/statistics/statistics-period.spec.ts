import { describe, expect, it } from '@jest/globals';
import { lastCompleteMonth, requireStatisticsPeriod } from './statistics-period.js';

const NOW = new Date('2026-11-30T08:00:00Z');

describe('statistics period', () => {
  it('is the last month that has ended in Swedish time', () => {
    expect(lastCompleteMonth(NOW)).toBe('2026-10');
    // 23:30 UTC on 31 December is already 1 January in Stockholm: December has ended.
    expect(lastCompleteMonth(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12');
    expect(lastCompleteMonth(new Date('2026-01-01T00:30:00+01:00'))).toBe('2025-12');
  });

  it('lists the months asked for, across a new year', () => {
    expect(requireStatisticsPeriod({ from: '2025-11', to: '2026-02' }, NOW)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it.each([
    [{ from: '2026-11', to: '2026-11' }, /completed months/],
    [{ from: '2026-05', to: '2026-04' }, /not be before/],
    [{ from: '2025-01', to: '2026-01' }, /at most 12/],
    [{ from: '2025-13', to: '2026-01' }, /period.from must be a month/],
    [{ from: '1999-12', to: '2000-01' }, /from 2000 on/],
    [{ from: '2025-1', to: '2025-02' }, /YYYY-MM/],
  ])('refuses %j', (period, message) => {
    expect(() => requireStatisticsPeriod(period, NOW)).toThrow(message);
  });
});
