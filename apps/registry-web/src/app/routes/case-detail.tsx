import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useCase } from '../../features/cases/api/use-case';
import { CaseSummary } from '../../features/cases/components/case-summary';
import { CaseLifecycle } from '../../features/lifecycle/components/case-lifecycle';
import { DestinationsView } from '../../features/destinations/components/destinations-view';
import { ProposeSection } from '../../features/proposals/components/propose-section';
import { ProposalsView } from '../../features/proposals/components/proposals-view';
import { isIsoDate } from '../../lib/dates';
import { usePageTitle } from '../../lib/page-title';

const MUNICIPALITY_CODE = /^\d{4}$/;

/**
 * A case: its summary, where it could go (map and table), proposing a destination, and its proposals and
 * placements. The selected municipality (?m=1280) and the period checked (?start=&end=) live in the URL:
 * codes and dates only, nothing protected.
 */
export default function CaseDetailRoute() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [result] = useCase(id);
  const data = result.data?.case;
  usePageTitle(data ? t('detail.title', { reference: data.reference }) : t('detail.titleUnknown'));

  const selectedParam = params.get('m');
  const selected = selectedParam && MUNICIPALITY_CODE.test(selectedParam) ? selectedParam : null;
  const start = params.get('start');
  const end = params.get('end');
  const period = start && end && isIsoDate(start) && isIsoDate(end) ? { startDate: start, endDate: end } : {};

  function update(changes: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  if (result.fetching && !result.data) return <Loading label={t('detail.loading')} />;
  if (result.error && !result.data)
    return (
      <>
        <h1>{t('detail.titleUnknown')}</h1>
        <ErrorMessage error={result.error} messages={{ NOT_FOUND: t('detail.notFound') }} />
      </>
    );
  if (!data)
    return (
      <>
        <h1>{t('detail.titleUnknown')}</h1>
        <p role="alert">{t('detail.notFound')}</p>
        <p>
          <Link to="/cases">{t('detail.back')}</Link>
        </p>
      </>
    );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cases">{t('detail.back')}</Link>
      </p>
      <h1>{t('detail.title', { reference: data.reference })}</h1>
      <CaseSummary data={data} />
      <CaseLifecycle caseId={data.id} />
      <DestinationsView
        caseId={data.id}
        selected={selected}
        onSelect={(code) => update({ m: code })}
        period={period}
        onPeriodChange={({ startDate, endDate }) => update({ start: startDate, end: endDate })}
        renderActions={(destination) => (
          <ProposeSection
            key={`${destination.code}:${period.startDate ?? ''}:${period.endDate ?? ''}`}
            caseId={data.id}
            municipality={destination}
            startDate={period.startDate}
            endDate={period.endDate}
          />
        )}
      />
      <ProposalsView caseId={data.id} />
    </>
  );
}
