import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { suppressYearGrid } from './cell-suppression.js';
import { consistentTableExists } from './consistent-tables.js';
import { audit, OUTSIDER } from './disclosure-audit.js';
import { linearlyDerivable } from './linear-derivation.js';
import { splitTable, suppressSplitYear, type SplitLayout } from './split-table.js';

const readersOf = (layout: SplitLayout) => [
  OUTSIDER,
  ...Array.from({ length: layout.rows }, (_, r) => ({ name: `row ${r}`, knownCells: layout.regionCells(r) })),
];

describe('a table split into categories', () => {
  it('adds the categories up to the whole table, and the whole table up to its totals', () => {
    // two housing types × two regions × two months
    const { table, layout } = splitTable(
      [
        [
          [1, 0],
          [4, 2],
        ],
        [
          [6, 3],
          [0, 5],
        ],
      ],
      true,
    );
    expect(table.values[layout.wholeCell(0, 0)]).toBe(7);
    expect(table.values[layout.wholeCell(1, 1)]).toBe(7);
    expect(table.values[layout.categoryMonthTotal(0, 0)]).toBe(5);
    expect(table.values[layout.categoryMonthTotal(1, 1)]).toBe(8);
    expect(table.values[layout.monthTotal(0)]).toBe(11);
    expect(table.values[layout.regionTotal(1)!]).toBe(11);
    expect(table.values[layout.grandTotal()!]).toBe(21);
    expect(table.support[layout.monthTotal(1)]).toEqual([1, 3, 5, 7]);
    expect(layout.category(1).rowTotal(0)).toBeUndefined();
    expect(layout.whole().rowTotal(0)).toBe(layout.regionTotal(0));
  });

  it('suppressing the whole table alone is not enough once its categories are published beside it', () => {
    // One month, two regions: NORD placed 6 (1 in protected housing, 5 in HVB), SYD 9 (4 and 5).
    const cells = [
      [[1], [4]],
      [[5], [5]],
    ];
    const { table, layout } = splitTable(cells, false);
    // The whole table alone publishes everything: 6, 9 and 15 are all large.
    const wholeAlone = suppressYearGrid([[6], [9]], false, 5);
    expect(wholeAlone.suppressed.every((s) => !s)).toBe(true);
    // Each category alone: protected housing hides 1, 4 and publishes the total 5; HVB publishes 5, 5, 10.
    // Together, NORD's 6 − HVB's 5 gives its protected housing figure: 1.
    const naive = table.values.map((v, f) => v > 0 && v < 5 && f !== layout.categoryMonthTotal(0, 0));
    expect(linearlyDerivable(table, naive, layout.categoryCell(0, 0, 0))).toBe(true);
    const joint = suppressSplitYear(cells, false, 5);
    expect(audit(joint.table, joint.suppressed, 5, readersOf(joint.layout))).toEqual([]);
    expect(linearlyDerivable(joint.table, joint.suppressed, layout.categoryCell(0, 0, 0))).toBe(false);
  });

  it('a completed year keeps every figure the year-to-date table suppressed', () => {
    const cells = [
      [
        [3, 0, 8],
        [7, 2, 0],
      ],
      [
        [0, 6, 1],
        [5, 5, 9],
      ],
    ];
    const running = suppressSplitYear(cells, false, 5);
    const complete = suppressSplitYear(cells, true, 5);
    for (let f = 0; f < running.layout.size; f++) expect(complete.suppressed[f]).toBe(running.suppressed[f]);
  });
});

/** Counts as small registers have them: mostly zeros and small numbers, some larger. */
const count = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 }));
const cube = (maxCategories: number, maxRows: number, maxColumns: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxCategories }), fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([k, r, c]) =>
      fc.array(fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }), { minLength: k, maxLength: k }),
    );

describe('no published split table lets a suppressed small count be recovered (property)', () => {
  it('no figure between 1 and threshold − 1 is published, and every zero is', () => {
    fc.assert(
      fc.property(cube(4, 4, 6), fc.boolean(), fc.integer({ min: 3, max: 6 }), (cells, complete, threshold) => {
        const { table, suppressed } = suppressSplitYear(cells, complete, threshold);
        table.values.forEach((v, f) => {
          if (v === 0) expect(suppressed[f]).toBe(false);
          else if (v < threshold) expect(suppressed[f]).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('exact linear algebra: no small suppressed figure is derivable from the published ones', () => {
    fc.assert(
      fc.property(cube(3, 3, 4), fc.boolean(), fc.integer({ min: 3, max: 6 }), (cells, complete, threshold) => {
        const { table, suppressed, primary } = suppressSplitYear(cells, complete, threshold);
        primary.forEach((isPrimary, f) => {
          if (isPrimary) expect(linearlyDerivable(table, suppressed, f)).toBe(false);
        });
      }),
      { numRuns: 120 },
    );
  });

  it('brute force on small tables: every small suppressed figure can be at least the threshold in some consistent table, for outsiders and each region', () => {
    fc.assert(
      fc.property(cube(2, 2, 2), fc.boolean(), fc.integer({ min: 3, max: 5 }), (cells, complete, threshold) => {
        const { table, layout, suppressed, primary } = suppressSplitYear(cells, complete, threshold);
        const cap = Math.max(...table.values) + threshold;
        for (const reader of readersOf(layout))
          primary.forEach((isPrimary, f) => {
            const known = reader.knownCells;
            // A figure the reader knows part of (a region's share of a month total) is protected when the rest
            // can be 0 or at least the threshold; the brute force only tries the latter, so it checks the
            // figures the reader knows nothing of.
            if (!isPrimary || table.support[f]!.some((c) => known.includes(c))) return;
            expect({
              figure: f,
              reader: reader.name,
              cells,
              complete,
              found: consistentTableExists(table, suppressed, known, f, threshold, cap),
            }).toMatchObject({
              found: true,
            });
          });
      }),
      { numRuns: 80 },
    );
  });

  it('the audit agrees on larger tables: no reader can narrow a suppressed figure into [1, threshold − 1]', () => {
    fc.assert(
      fc.property(cube(7, 7, 4), fc.boolean(), fc.integer({ min: 3, max: 6 }), (cells, complete, threshold) => {
        const { table, layout, suppressed } = suppressSplitYear(cells, complete, threshold);
        expect(audit(table, suppressed, threshold, readersOf(layout))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
