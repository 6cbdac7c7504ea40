import { describe, expect, it } from 'vitest';
import { allZero, monthLabel, monthOnly } from './labels';

describe('statistics labels', () => {
  it('names months in the reader’s language and leaves other labels alone', () => {
    expect(monthLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(monthLabel('2025-03', 'sv')).toMatch(/^mars 2025$/);
    expect(monthOnly('2025-12', 'en')).toBe('Dec');
    expect(monthLabel('SYD', 'en')).toBe('SYD');
  });
  it('calls a row of zeros empty, never one with a suppressed figure', () => {
    expect(
      allZero([
        { value: 0, suppressed: false },
        { value: null, suppressed: false },
      ]),
    ).toBe(true);
    expect(
      allZero([
        { value: 0, suppressed: false },
        { value: null, suppressed: true },
      ]),
    ).toBe(false);
    expect(allZero([{ value: 7, suppressed: false }])).toBe(false);
  });
});
