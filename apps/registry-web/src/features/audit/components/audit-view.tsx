import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { exportHref, useAuditEvents, type AuditFilters } from '../api/use-audit-events';
import { AnomalyList } from './anomaly-list';
import { CheckpointList } from './checkpoint-list';
import { AuditEventsTable } from './audit-events-table';
import { AuditFiltersForm } from './audit-filters';
import { VerifyChain } from './verify-chain';

const PAGE_SIZES = [50, 100, 200, 500] as const;

export function AuditView() {
  const { t } = useTranslation('audit');
  const [filters, setFilters] = useState<AuditFilters>({});
  const [pageSize, setPageSize] = useState<number>(100);
  // Cursors of the pages before this one, to go back; null is the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<number | null>(null);
  const { result, events, nextCursor } = useAuditEvents(filters, pageSize, after);

  function restart() {
    setCursors([]);
    setAfter(null);
    setExpanded(null);
  }

  return (
    <>
      <div className="audit-tools">
        <VerifyChain />
        <AnomalyList />
        <CheckpointList />
      </div>
      <section aria-labelledby="audit-log-heading">
        <h2 id="audit-log-heading">{t('log.heading')}</h2>
        <AuditFiltersForm
          onApply={(next) => {
            setFilters(next);
            restart();
          }}
        />
        <p>
          <a className="button-link" href={exportHref(filters)} download>
            {t('export')}
          </a>{' '}
          <span className="hint">{t('exportHint')}</span>
        </p>
        {result.error && <ErrorMessage error={result.error} />}
        {result.fetching && !result.data ? (
          <Loading />
        ) : result.data ? (
          <AuditEventsTable events={events} expanded={expanded} onToggle={(seq) => setExpanded(expanded === seq ? null : seq)} />
        ) : null}
        <nav className="pager" aria-label={t('pager.label')}>
          <button
            type="button"
            disabled={cursors.length === 0 || result.fetching}
            onClick={() => {
              setAfter(cursors[cursors.length - 1] ?? null);
              setCursors(cursors.slice(0, -1));
              setExpanded(null);
            }}
          >
            {t('pager.previous')}
          </button>
          <span>{t('pager.page', { page: cursors.length + 1 })}</span>
          <button
            type="button"
            disabled={!nextCursor || result.fetching}
            onClick={() => {
              setCursors([...cursors, after]);
              setAfter(nextCursor);
              setExpanded(null);
            }}
          >
            {t('pager.next')}
          </button>
          <label htmlFor="audit-page-size">{t('pager.size')}</label>
          <select
            id="audit-page-size"
            value={pageSize}
            onChange={(event) => {
              setPageSize(Number(event.target.value));
              restart();
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </nav>
      </section>
    </>
  );
}
