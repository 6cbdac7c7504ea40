import { useTranslation } from 'react-i18next';
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

export function tableTitle(t: (key: string, options?: Record<string, unknown>) => string, table: StatisticsTableData): string {
  return table.category ? t(`measure.${table.measure}`, { category: table.category }) : t(`measure.${table.measure}`);
}

/** A region × month table as the API publishes it; codes (regions, months) are shown as they are. */
export function StatisticsTable({ table }: { table: StatisticsTableData }) {
  const { t, i18n } = useTranslation('statistics');
  const hasRowTotals = table.rows.some((r) => r.total !== null);
  const asOf = new Date(table.asOf).toLocaleString(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm' });
  return (
    <div className="scrollable-table">
      <table className="data-table statistics-table">
        <caption>
          {tableTitle(t, table)}
          <span className="caption-detail">{t('asOf', { asOf })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            {hasRowTotals && <th scope="col">{t('total')}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
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
      <p className="hint">{t('source', { source: table.source })}</p>
    </div>
  );
}
