import { useTranslation } from 'react-i18next';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { RetentionPreviewQuery } from '../../../gql/graphql';

export type RetentionPreview = RetentionPreviewQuery['retentionPreview'];

/** One row per kind of record: how long it is kept, from when it has expired, and how many a run would erase. */
export function RetentionTable({ preview }: { preview: RetentionPreview }) {
  const { t } = useTranslation('retention');
  return (
    <ScrollableTable caption={t('table.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('table.kind')}</th>
          <th scope="col" className="numeric">
            {t('table.kept')}
          </th>
          <th scope="col">{t('table.cutoff')}</th>
          <th scope="col" className="numeric">
            {t('table.expired')}
          </th>
        </tr>
      </thead>
      <tbody>
        {preview.kinds.map((row) => (
          <tr key={row.kind} data-kind={row.kind}>
            <th scope="row">{t(`kind.${row.kind}`)}</th>
            <td className="numeric">{t('table.days', { count: row.retentionDays })}</td>
            <td>
              {/* Each kind says what its clock is: ended, closed or logged. */}
              {t(`since.${row.kind}`)}{' '}
              {row.lastExpiredDay ? (
                <DateText date={row.lastExpiredDay} />
              ) : row.expiredBefore ? (
                <DateTimeText instant={row.expiredBefore} />
              ) : null}
            </td>
            <td className="numeric">{row.expired}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
