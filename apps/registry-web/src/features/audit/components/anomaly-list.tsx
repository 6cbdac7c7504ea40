import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useAuditAnomalies } from '../api/use-audit-anomalies';

const WINDOWS = [1, 7, 31] as const;

/** Actors over a threshold: many refusals, many cases, many destinations for one case, and the like. */
export function AnomalyList() {
  const { t } = useTranslation('audit');
  const selectId = useId();
  const [days, setDays] = useState<(typeof WINDOWS)[number]>(1);
  // Whole minutes, so the variables (and the cached answer) stay put between renders.
  const from = useMemo(() => new Date(Math.floor(Date.now() / 60_000) * 60_000 - days * 86_400_000).toISOString(), [days]);
  const [result] = useAuditAnomalies(from);
  const anomalies = result.data?.auditAnomalies ?? [];

  return (
    <section className="card" aria-labelledby="anomalies-heading">
      <h2 id="anomalies-heading">{t('anomalies.heading')}</h2>
      <div className="field field-inline">
        <label htmlFor={selectId}>{t('anomalies.window')}</label>
        <select id={selectId} value={days} onChange={(event) => setDays(Number(event.target.value) as (typeof WINDOWS)[number])}>
          {WINDOWS.map((value) => (
            <option key={value} value={value}>
              {t('anomalies.days', { count: value })}
            </option>
          ))}
        </select>
      </div>
      {result.fetching && !result.data ? (
        <Loading />
      ) : result.error && !result.data ? (
        <ErrorMessage error={result.error} />
      ) : anomalies.length === 0 ? (
        <p>{t('anomalies.empty')}</p>
      ) : (
        <ul className="plain-list anomaly-list">
          {anomalies.map((anomaly) => (
            <li key={`${anomaly.kind}-${anomaly.actor}-${anomaly.firstSeq}`}>
              <p>
                <code>{anomaly.kind}</code> · <code>{anomaly.actor}</code>
              </p>
              <p>{t(`anomalies.kind.${anomaly.kind}`, { count: anomaly.count, threshold: anomaly.threshold })}</p>
              <p className="muted">
                <DateTimeText instant={anomaly.windowStart} /> – <DateTimeText instant={anomaly.windowEnd} /> ·{' '}
                {t('anomalies.seqs', { first: anomaly.firstSeq, last: anomaly.lastSeq })}
                {anomaly.municipalityCode && <> · {t('anomalies.municipality', { code: anomaly.municipalityCode })}</>}
                {anomaly.caseId && (
                  <>
                    {' '}
                    · {t('anomalies.case')} <code className="break">{anomaly.caseId}</code>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
