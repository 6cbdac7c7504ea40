import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { isMonth, monthLabel, monthOnly } from '../labels';
import { FigureText, type Figure } from './figure-cell';

export interface StatisticsTableData {
  measure: string;
  category: string | null;
  unit: string;
  columns: string[];
  rows: { label: string; cells: Figure[]; total: Figure | null }[];
  columnTotals: Figure[] | null;
  grandTotal: Figure | null;
  threshold: number;
  asOf: string;
  source: string;
}

/** Where a split measure's category is named: a closure reason, a follow-up outcome, a housing type; a flag code as it is. */
const CATEGORY_LABELS: Record<string, string> = {
  CLOSURES_BY_REASON: 'lifecycle:closureReason',
  FOLLOW_UP_OUTCOMES: 'lifecycle:answers.outcome',
  HOUSING_TYPES: 'common:housing',
};

export function categoryLabel(t: (key: string, options?: Record<string, unknown>) => string, table: StatisticsTableData): string {
  const labels = CATEGORY_LABELS[table.measure];
  if (!table.category) return '';
  return labels ? t(`${labels}.${table.category}`, { defaultValue: table.category }) : table.category;
}

export function tableTitle(t: (key: string, options?: Record<string, unknown>) => string, table: StatisticsTableData): string {
  return table.category ? t(`measure.${table.measure}`, { category: categoryLabel(t, table) }) : t(`measure.${table.measure}`);
}

/**
 * A row or column label: a month by name (its code in dateTime), a region by name (its code kept as data).
 * A month's year is shown on the first month and on January only, so twelve months fit a laptop's width;
 * a screen reader hears it on every one.
 */
function Label({ code, showYear = true }: { code: string; showYear?: boolean }) {
  const { t, i18n } = useTranslation('statistics');
  if (isMonth(code)) {
    if (showYear) return <time dateTime={code}>{monthLabel(code, i18n.language)}</time>;
    return (
      <time dateTime={code}>
        {monthOnly(code, i18n.language)}
        <span className="visually-hidden"> {code.slice(0, 4)}</span>
      </time>
    );
  }
  return <span data-code={code}>{t(`common:region.${code}`, { defaultValue: code })}</span>;
}

/**
 * A region × month table as the API publishes it. It scrolls sideways inside its own focusable region on
 * a narrow screen (the page itself never does), and says when its figures were read and from what.
 */
export function StatisticsTable({ table }: { table: StatisticsTableData }) {
  const { t, i18n } = useTranslation('statistics');
  const captionId = useId();
  const hasRowTotals = table.rows.some((r) => r.total !== null);
  return (
    <div className="statistics-block">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table statistics-table">
          <caption id={captionId}>
            {tableTitle(t, table)}
            <span className="caption-detail">{t('asOf', { asOf: formatDateTime(table.asOf, i18n.language) })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              {table.columns.map((c, i) => (
                <th scope="col" key={c}>
                  <Label code={c} showYear={i === 0 || c.endsWith('-01')} />
                </th>
              ))}
              {hasRowTotals && <th scope="col">{t('total')}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  <Label code={row.label} />
                </th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i]} data-suppressed={cell.suppressed || undefined}>
                    <FigureText figure={cell} />
                  </td>
                ))}
                {hasRowTotals && (
                  <td>
                    <FigureText figure={row.total} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          {table.columnTotals && (
            <tfoot>
              <tr>
                <th scope="row">{table.unit === 'MEDIAN_DAYS' ? t('allRegionsMedian') : t('allRegions')}</th>
                {table.columnTotals.map((cell, i) => (
                  <td key={table.columns[i]} data-suppressed={cell.suppressed || undefined}>
                    <FigureText figure={cell} />
                  </td>
                ))}
                {hasRowTotals && (
                  <td>
                    <FigureText figure={table.grandTotal} />
                  </td>
                )}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p className="hint statistics-source">
        {t('source')} <span lang="en">{table.source}</span>
      </p>
    </div>
  );
}
