import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useStatistics } from '../api/use-statistics';
import { allZero } from '../labels';
import { StatisticsChart } from './statistics-chart';
import { StatisticsTable, tableTitle, type StatisticsTableData } from './statistics-table';

/** The measures the API splits into one table per category, in the order the page shows them. */
const SPLIT_MEASURES = ['HOUSING_TYPES', 'CLOSURES_BY_REASON', 'FOLLOW_UP_OUTCOMES', 'FLAGS_BY_CODE'] as const;

/**
 * The twelve months that have ended most recently: what an officer opening the page wants to see first (the
 * register's recent work). Region totals need one whole calendar year, which the period form asks for.
 */
export function lastTwelveMonths(now: Date = new Date()): { from: string; to: string } {
  const month = (offset: number) => {
    const d = new Date(now.getFullYear(), now.getMonth() + offset, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  };
  return { from: month(-12), to: month(-1) };
}

export function StatisticsView({ initialPeriod = lastTwelveMonths() }: { initialPeriod?: { from: string; to: string } }) {
  const { t } = useTranslation('statistics');
  const [draft, setDraft] = useState(initialPeriod);
  const [period, setPeriod] = useState(initialPeriod);
  const result = useStatistics(period);
  const tables = (result.data?.statistics ?? []) as StatisticsTableData[];
  // Measures with one table per category are each folded into a section of their own, after the rest.
  const main = tables.filter((table) => table.category === null);
  const splits = SPLIT_MEASURES.map((measure) => ({
    measure,
    tables: tables.filter((table) => table.measure === measure && table.category !== null),
  }));
  const opened = main.find((table) => table.measure === 'CASES_OPENED');

  let body;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else
    body = (
      <>
        {tables.length > 0 &&
          tables.every((table) => allZero([...table.rows.flatMap((row) => row.cells), ...(table.columnTotals ?? [])])) && (
            <p role="status">{t('emptyPeriod')}</p>
          )}
        {opened?.columnTotals && <StatisticsChart title={tableTitle(t, opened)} labels={opened.columns} figures={opened.columnTotals} />}
        {main.map((table) => (
          <StatisticsTable key={table.measure} table={table} />
        ))}
        {splits.map(
          ({ measure, tables: ofMeasure }) =>
            ofMeasure.length > 0 && (
              <details className="card" key={measure}>
                <summary>{t(`split.${measure}.heading`)}</summary>
                <p className="hint">{t(`split.${measure}.hint`)}</p>
                {ofMeasure.map((table) => (
                  <StatisticsTable key={table.category} table={table} />
                ))}
              </details>
            ),
        )}
      </>
    );

  return (
    <>
      <section className="card" aria-labelledby="suppression-explained">
        <h2 id="suppression-explained" className="card-title">
          {t('suppressed.heading')}
        </h2>
        <p>{t('suppressed.explanation', { largest: (tables[0]?.threshold ?? 5) - 1 })}</p>
        <p className="hint">{t('suppressed.legend')}</p>
      </section>
      <form
        className="statistics-period"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
        }}
      >
        <label>
          {t('period.from')}
          <input
            type="month"
            value={draft.from}
            required
            aria-describedby="statistics-period-hint"
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          {t('period.to')}
          <input
            type="month"
            value={draft.to}
            required
            aria-describedby="statistics-period-hint"
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </label>
        <button type="submit">{t('period.show')}</button>
        <p className="hint" id="statistics-period-hint">
          {t('period.hint')}
        </p>
      </form>
      {result.error && result.data && <ErrorMessage error={result.error} />}
      {body}
    </>
  );
}
