import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useRetentionPreview } from '../api/use-retention-preview';
import { RetentionTable } from './retention-table';

/** The auditor's view of the retention schedule: what a run now would erase, as counts; it erases nothing. */
export function RetentionPreviewSection() {
  const { t } = useTranslation('retention');
  const [result] = useRetentionPreview();
  const preview = result.data?.retentionPreview;
  return (
    <section className="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      {result.fetching && !result.data ? (
        <Loading />
      ) : result.error && !preview ? (
        <ErrorMessage error={result.error} />
      ) : preview ? (
        <>
          <p>
            {t(preview.job === 'daily' ? 'job.daily' : 'job.off')} {t('asOf')} <DateTimeText instant={preview.asOf} />.
          </p>
          <RetentionTable preview={preview} />
        </>
      ) : null}
    </section>
  );
}
