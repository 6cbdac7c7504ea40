import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { ActualAreasSection } from '../../features/actual-areas/components/actual-areas-section';
import { useCase } from '../../features/cases/api/use-case';
import { CaseSection, CaseSectionNav } from '../../features/cases/components/case-sections';
import { CaseSummary } from '../../features/cases/components/case-summary';
import { ConditionsView } from '../../features/conditions/components/conditions-view';
import { ConsentSection } from '../../features/consents/components/consent-section';
import { SummaryOnlyView } from '../../features/teams/components/summary-only-view';
import { TeamSection } from '../../features/teams/components/team-section';
import { DateTimeText } from '../../components/formatted-date';
import { errorKindOf } from '../../lib/errors';
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
  const [result, reexecute] = useCase(id);
  const [grantedUntil, setGrantedUntil] = useState<string | null>(null);
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
  // A case of the region whose team the officer is not on: its summary, and break-glass.
  if (!data && result.error && errorKindOf(result.error) === 'FORBIDDEN')
    return (
      <>
        <p className="breadcrumb">
          <Link to="/cases">{t('detail.back')}</Link>
        </p>
        <SummaryOnlyView
          caseId={id}
          onGranted={(grant) => {
            setGrantedUntil(grant.expiresAt);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      </>
    );
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
      {grantedUntil && (
        <p role="status" className="notice notice-warning">
          {t('teams:breakGlass.grantedPrefix')} <DateTimeText instant={grantedUntil} />. {t('teams:breakGlass.grantedTold')}
        </p>
      )}
      <CaseSectionNav />
      <CaseSection id="summary">
        <CaseSummary data={data} />
      </CaseSection>
      <CaseSection id="whereabouts">
        <ActualAreasSection persons={[data.defector, ...data.relatives]} />
      </CaseSection>
      <CaseSection id="consent">
        <ConsentSection caseId={data.id} />
      </CaseSection>
      <CaseSection id="stage">
        <CaseLifecycle caseId={data.id} />
      </CaseSection>
      <CaseSection id="destinations">
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
      </CaseSection>
      <CaseSection id="proposals">
        <ProposalsView caseId={data.id} />
      </CaseSection>
      <CaseSection id="conditions">
        <ConditionsView caseId={data.id} />
      </CaseSection>
      <CaseSection id="team">
        <TeamSection caseId={data.id} />
      </CaseSection>
    </>
  );
}
