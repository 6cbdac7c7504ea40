import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { ScrollableTable } from '../../../components/scrollable-table';
import { useAuditCheckpoints } from '../api/use-audit-checkpoints';

const SHOWN = 10;

/** The newest signed checkpoints: the chain heads an outsider can hold the log to. */
export function CheckpointList() {
  const { t } = useTranslation('audit');
  const [result] = useAuditCheckpoints(SHOWN);
  const checkpoints = result.data?.auditCheckpoints ?? [];
  return (
    <section className="card" aria-labelledby="checkpoints-heading">
      <h2 id="checkpoints-heading">{t('checkpoints.heading')}</h2>
      <p className="hint">{t('checkpoints.intro')}</p>
      {result.fetching && !result.data ? (
        <Loading />
      ) : result.error && !result.data ? (
        <ErrorMessage error={result.error} />
      ) : checkpoints.length === 0 ? (
        <p>{t('checkpoints.empty')}</p>
      ) : (
        <ScrollableTable caption={t('checkpoints.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('table.seq')}</th>
              <th scope="col">{t('checkpoints.signedAt')}</th>
              <th scope="col">{t('checkpoints.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {checkpoints.map((checkpoint) => (
              <tr key={checkpoint.seq}>
                <td className="numeric">{checkpoint.seq}</td>
                <td>
                  <DateTimeText instant={checkpoint.at} />
                </td>
                <td>
                  <code className="hash">{checkpoint.hash.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
