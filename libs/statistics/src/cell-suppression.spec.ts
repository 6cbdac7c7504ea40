import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { gridTable } from './count-table.js';
import { audit, OUTSIDER } from './disclosure-audit.js';
import { primarySuppression, suppressTable, suppressYearGrid } from './cell-suppression.js';
import { consistentTableExists } from './consistent-tables.js';
import { linearlyDerivable } from './linear-derivation.js';
import { median } from './median.js';

const published = (values: readonly number[], suppressed: readonly boolean[]) => values.map((v, i) => (suppressed[i] ? null : v));

describe('primary suppression', () => {
  it('suppresses 1 to threshold − 1 and publishes zeros and larger counts', () => {
    expect(primarySuppression([0, 1, 4, 5, 12], 5)).toEqual([false, true, true, false, false]);
  });
  it('refuses a threshold that protects nothing', () => {
    expect(() => primarySuppression([1], 1)).toThrow(/threshold/);
  });
});

describe('complementary suppression, worked examples', () => {
  it('a lone small cell in a row and column takes three more cells with it (the smallest that close a cycle)', () => {
    const { table, layout } = gridTable(
      [
        [2, 9, 7],
        [8, 6, 10],
      ],
      'ALL',
    );
    const { suppressed } = suppressTable(table, { threshold: 5 });
    expect(suppressed[layout.cell(0, 0)]).toBe(true);
    // Row 0 and column 0 each need a second suppressed cell; the cycle closes on a fourth.
    const interior = Array.from({ length: 6 }, (_, i) => suppressed[i]);
    expect(interior.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(audit(table, suppressed, 5)).toEqual([]);
    expect(linearlyDerivable(table, suppressed, layout.cell(0, 0))).toBe(false);
  });

  it('with only the small cell suppressed, its row total gives it away', () => {
    const { table, layout } = gridTable([[2, 9, 7]], 'ALL');
    const onlyPrimary = primarySuppression(table.values, 5);
    expect(linearlyDerivable(table, onlyPrimary, layout.cell(0, 0))).toBe(true);
    // and the brute force used by the property below finds no table where it could be 5 or more
    expect(consistentTableExists(table, onlyPrimary, [], layout.cell(0, 0), 5, 30)).toBe(false);
    // The cell and its column total (the same 2) are both pinned.
    expect(audit(table, onlyPrimary, 5)).toEqual([
      { figure: layout.cell(0, 0), reader: 'outsider', lower: 2, upper: 2 },
      { figure: layout.columnTotal(0), reader: 'outsider', lower: 2, upper: 2 },
    ]);
  });

  it('a region that knows its own row cannot use it to recover another region’s small cell', () => {
    // One month: NORD 2, MITT 6, SYD 9, total 17. Against outsiders, hiding NORD and MITT is enough; MITT's
    // own officers know MITT is 6 and would read NORD off the total.
    const { table, layout } = gridTable([[2], [6], [9]], 'COLUMNS');
    const mitt = { name: 'MITT', knownCells: layout.rowCells(1) };
    const outsiderOnly = suppressTable(table, { threshold: 5 });
    expect(audit(table, outsiderOnly.suppressed, 5)).toEqual([]);
    expect(audit(table, outsiderOnly.suppressed, 5, [mitt])).toEqual([{ figure: layout.cell(0, 0), reader: 'MITT', lower: 2, upper: 2 }]);
    const insiders = [0, 1, 2].map((r) => ({ name: `row ${r}`, knownCells: layout.rowCells(r) }));
    const againstRegions = suppressTable(table, { threshold: 5, insiders });
    expect(audit(table, againstRegions.suppressed, 5, [OUTSIDER, ...insiders])).toEqual([]);
    expect(againstRegions.suppressed.slice(0, 3)).toEqual([true, true, true]);
  });

  it('a completed year keeps every cell the year-to-date table suppressed', () => {
    const cells = [
      [3, 0, 8, 6],
      [7, 12, 0, 2],
      [9, 5, 6, 6],
    ];
    const running = suppressYearGrid(cells, false, 5);
    const complete = suppressYearGrid(cells, true, 5);
    for (let i = 0; i < running.layout.size; i++) if (running.suppressed[i]) expect(complete.suppressed[i]).toBe(true);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeUndefined();
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

/** Counts as small registers have them: many zeros and small numbers, some larger. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 }));
const grid = (maxRows: number, maxColumns: number) =>
  fc
    .integer({ min: 1, max: maxRows })
    .chain((rows) =>
      fc
        .integer({ min: 1, max: maxColumns })
        .chain((columns) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
    );

describe('no published table lets a suppressed small count be recovered (property)', () => {
  it('no figure between 1 and threshold − 1 is ever published, and zeros always are', () => {
    fc.assert(
      fc.property(grid(7, 12), fc.boolean(), fc.integer({ min: 3, max: 6 }), (cells, complete, threshold) => {
        const { table, suppressed } = suppressYearGrid(cells, complete, threshold);
        published(table.values, suppressed).forEach((v, i) => {
          expect(v === null || v === 0 || v >= threshold).toBe(true);
          if (table.values[i] === 0) expect(v).toBe(0);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('exact linear algebra: no small suppressed figure is derivable from the published ones', () => {
    fc.assert(
      fc.property(
        grid(5, 6),
        fc.constantFrom('ALL' as const, 'COLUMNS' as const),
        fc.integer({ min: 3, max: 6 }),
        (cells, margins, threshold) => {
          const { table } = gridTable(cells, margins);
          const { suppressed, primary } = suppressTable(table, { threshold });
          primary.forEach((isPrimary, f) => {
            if (isPrimary) expect(linearlyDerivable(table, suppressed, f)).toBe(false);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('brute force on small tables: every small suppressed cell has a consistent table where it is at least the threshold, for outsiders and for each region knowing its own row', () => {
    fc.assert(
      fc.property(grid(3, 3), fc.boolean(), fc.integer({ min: 3, max: 5 }), (cells, complete, threshold) => {
        const { table, layout, suppressed, primary } = suppressYearGrid(cells, complete, threshold);
        const readers = [[], ...Array.from({ length: layout.rows }, (_, r) => layout.rowCells(r))];
        const cap = Math.max(...table.values) + threshold;
        for (const known of readers)
          for (let c = 0; c < table.interiorCount; c++) {
            if (!primary[c] || known.includes(c)) continue;
            expect({
              cell: c,
              known,
              cells,
              complete,
              found: consistentTableExists(table, suppressed, known, c, threshold, cap),
            }).toMatchObject({ found: true });
          }
      }),
      // The first example took the search over three minutes before it learned to bound a partial table.
      {
        numRuns: 80,
        examples: [
          [
            [
              [2, 2, 1],
              [5, 0, 9],
              [5, 2, 1],
            ],
            true,
            4,
          ],
        ],
      },
    );
  });

  it('the audit agrees: no reader (outsider or any region) can narrow a suppressed figure into [1, threshold − 1]', () => {
    fc.assert(
      fc.property(grid(7, 12), fc.boolean(), fc.integer({ min: 3, max: 6 }), (cells, complete, threshold) => {
        const { table, layout, suppressed } = suppressYearGrid(cells, complete, threshold);
        const readers = [
          OUTSIDER,
          ...Array.from({ length: layout.rows }, (_, r) => ({ name: `row ${r}`, knownCells: layout.rowCells(r) })),
        ];
        expect(audit(table, suppressed, threshold, readers)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
