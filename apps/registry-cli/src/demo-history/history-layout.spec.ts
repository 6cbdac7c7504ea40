import { describe, expect, it } from '@jest/globals';
import { layOutCase, previousMonths, regionStarts } from './history-layout.js';

describe('demo-history layout', () => {
  it('takes the months that ended last, across a new year', () => {
    expect(previousMonths('2027-02', 4)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });

  it('gives the regions with most cases a start month of their own; the rest share the last', () => {
    const starts = regionStarts(
      new Map([
        ['SYD', 1],
        ['MITT', 5],
        ['NORD', 1],
        ['VAST', 2],
      ]),
      6,
    );
    expect(Object.fromEntries(starts)).toEqual({ MITT: 0, VAST: 1, NORD: 2, SYD: 2 });
  });

  it("keeps a case's order: opened, proposed, placed, followed up, each transition beside the event before it", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 12, minute));
    const moved = layOutCase(
      {
        start: 1,
        events: [
          { ref: 'followUp', at: at(9), stage: 'LATER' },
          { ref: 'placed', at: at(5), stage: 'PLACED' },
          { ref: 'opened', at: at(0), stage: 'OPENED' },
          { ref: 'openedTransition', at: at(0), stage: 'FOLLOWS' },
          { ref: 'proposed', at: at(3), stage: 'PROPOSED' },
          { ref: 'placedTransition', at: at(5), stage: 'FOLLOWS' },
        ],
      },
      previousMonths('2026-11', 6),
    );
    expect(moved.map((e) => [e.ref, e.localTime])).toEqual([
      ['opened', '2026-06-02 10:00:00'],
      ['openedTransition', '2026-06-05 10:00:00'],
      ['proposed', '2026-07-02 10:00:00'],
      ['placed', '2026-08-02 10:00:00'],
      ['placedTransition', '2026-08-05 10:00:00'],
      ['followUp', '2026-09-02 10:00:00'],
    ]);
  });

  it('never goes past the last month of the window, and stays in order there', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ ref: `t${i}`, at: new Date(1000 * i), stage: 'LATER' as const }));
    const moved = layOutCase({ start: 2, events }, previousMonths('2026-11', 5));
    expect(new Set(moved.map((e) => e.month))).toEqual(new Set(['2026-10']));
    const times = moved.map((e) => e.localTime);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });
});
