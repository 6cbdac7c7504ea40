import { Injectable } from '@nestjs/common';
import { DEFAULT_THRESHOLD } from '@registry/statistics';
import { BadUserInputError } from '../common/errors.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MEASURES, measureNamed, type CountMeasure, type CountRow, type Measure } from './measures.js';
import { StatisticsDimension, StatisticsUnit, type StatisticsTable } from './models/statistics.models.js';
import { lastCompleteMonth, requireStatisticsPeriod, type StatisticsPeriod } from './statistics-period.js';
import { layoutTable, splitYearGrids, yearGrid, type YearGrid } from './statistics-tables.js';

/**
 * Statistics for national coordination and the regions: the same tables for both. Every region's figures
 * are in them, and the suppression is proven against an outsider and against each region knowing its
 * own cases exactly, so what a region reads about another is never a small count. The threshold is the
 * default of 5 (docs/DOMAIN.md: counts under about 5–10 can identify a person to insiders).
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly uow: UnitOfWork) {}

  readonly threshold = DEFAULT_THRESHOLD;

  async statistics(period: StatisticsPeriod, groupBy: StatisticsDimension[], measureIds?: string[] | null): Promise<StatisticsTable[]> {
    const now = new Date();
    const months = requireStatisticsPeriod(period, now);
    if (groupBy.length === 0 || groupBy.length > 2 || new Set(groupBy).size !== groupBy.length)
      throw new BadUserInputError('groupBy is REGION, MONTH, or both, each once');
    const measures = (measureIds && measureIds.length > 0 ? [...new Set(measureIds)] : MEASURES.map((m) => m.id)).map(measureNamed);
    const lastComplete = lastCompleteMonth(now);
    const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
    // The grids cover whole years whatever the period, so the pattern of a month never depends on the question.
    const span = { from: `${years[0]}-01`, to: `${years[years.length - 1]}-12` };
    return this.uow.transaction(async (m) => {
      const asOf = new Date();
      const tables: StatisticsTable[] = [];
      const countsOf = new Map<string, CountRow[]>();
      const countRows = async (measure: CountMeasure) => {
        if (!countsOf.has(measure.id)) countsOf.set(measure.id, await measure.counts(m, span.from, span.to));
        return countsOf.get(measure.id)!;
      };
      // A measure that another splits (placements, split by housing type) takes its grids from the split,
      // so that the whole and its categories are suppressed as one table.
      const splitOf = (id: string) => MEASURES.find((x): x is CountMeasure => x.kind === 'COUNT' && x.splits === id);
      const splitGrids = new Map<string, Map<number, ReturnType<typeof splitYearGrids>>>();
      const split = async (measure: CountMeasure) => {
        if (!splitGrids.has(measure.id)) {
          const rows = await countRows(measure);
          const categories = measure.categories ?? [];
          splitGrids.set(measure.id, new Map(years.map((y) => [y, splitYearGrids(y, lastComplete, rows, categories, this.threshold)])));
        }
        return splitGrids.get(measure.id)!;
      };
      const grids = async (measure: CountMeasure, category: string | null): Promise<Map<number, YearGrid>> => {
        if (measure.splits) {
          const byYear = await split(measure);
          return new Map(years.map((y) => [y, byYear.get(y)!.byCategory.get(category!)!]));
        }
        const splitter = splitOf(measure.id);
        if (splitter) {
          const byYear = await split(splitter);
          return new Map(years.map((y) => [y, byYear.get(y)!.whole]));
        }
        const rows = await countRows(measure);
        const ofCategory = category === null ? rows : rows.filter((r) => r.category === category);
        return new Map(years.map((y) => [y, yearGrid(y, lastComplete, ofCategory, this.threshold)]));
      };
      for (const measure of measures) {
        const request = (category: string | null, unit: StatisticsUnit) => ({
          measure: measure.id,
          category,
          unit,
          months,
          groupBy,
          threshold: this.threshold,
          asOf,
          source: measure.source,
        });
        if (measure.kind === 'MEDIAN_DAYS') {
          const group = measureNamed(measure.groupCount) as CountMeasure;
          const durations = await measure.durations(m, span.from, span.to);
          tables.push(layoutTable(request(null, StatisticsUnit.MEDIAN_DAYS), await grids(group, null), durations));
          continue;
        }
        for (const category of categoriesOf(measure))
          tables.push(layoutTable(request(category, StatisticsUnit.COUNT), await grids(measure, category)));
      }
      return tables;
    });
  }
}

function categoriesOf(measure: Measure): (string | null)[] {
  return measure.kind === 'COUNT' && measure.categories ? [...measure.categories] : [null];
}
