import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { CaseStatus } from '../../../gql/graphql';
import { useCases } from '../api/use-cases';
import { CaseList } from './case-list';

const STATUSES = Object.values(CaseStatus);

export function CaseListView() {
  const { t } = useTranslation('cases');
  const [result] = useCases();
  const [status, setStatus] = useState<string>('');
  const cases = useMemo(
    () =>
      (result.data?.cases ?? []).filter((item) => !status || item.status === status).sort((a, b) => a.reference.localeCompare(b.reference)),
    [result.data, status],
  );

  if (result.fetching && !result.data) return <Loading label={t('list.loading')} />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  return (
    <>
      <div className="field field-inline">
        <label htmlFor="case-status-filter">{t('list.filterStatus')}</label>
        <select id="case-status-filter" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{t('list.allStatuses')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`common:caseStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted">
        {t('list.count', { count: cases.length })}
      </p>
      {cases.length === 0 ? <p>{status ? t('list.emptyFiltered') : t('list.empty')}</p> : <CaseList cases={cases} />}
    </>
  );
}
