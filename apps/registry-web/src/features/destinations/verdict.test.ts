import { describe, expect, it } from 'vitest';
import { FIXED_RANKING, HOME_CODE } from '../../test/rank-destinations.fixture';
import { countByVerdict, toDestinations, verdictOf } from './verdict';

describe('verdict of a rankDestinations result', () => {
  const destinations = toDestinations(FIXED_RANKING, HOME_CODE);
  const verdict = (code: string) => destinations.find((destination) => destination.code === code)?.verdict;

  it('is cleared when the checker cleared it with no flag at all', () => {
    expect(verdict('2080')).toBe('cleared');
  });

  it('is warning when cleared with WARN flags', () => {
    expect(verdict('1780')).toBe('warning');
  });

  it('is blocked when not cleared, even with WARN flags besides', () => {
    expect(verdict('1283')).toBe('blocked');
  });

  it("is home for the case's home municipality, whatever the checker says", () => {
    expect(verdict(HOME_CODE)).toBe('home');
    expect(verdictOf({ municipality: { code: HOME_CODE }, cleared: true, flags: [] }, HOME_CODE)).toBe('home');
  });

  it('knows no home when the case has none loaded', () => {
    expect(verdictOf({ municipality: { code: HOME_CODE }, cleared: false, flags: [] }, null)).toBe('blocked');
  });

  it("keeps the API's order as the rank and counts each verdict", () => {
    expect(destinations.map((destination) => destination.rank)).toEqual([1, 2, 3, 4]);
    expect(countByVerdict(destinations)).toEqual({ cleared: 1, warning: 1, blocked: 1, home: 1 });
  });
});
