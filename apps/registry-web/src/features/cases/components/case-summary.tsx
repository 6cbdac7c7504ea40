import { useTranslation } from 'react-i18next';
import type { CaseSummaryQuery } from '../../../gql/graphql';
import { useSession } from '../../../lib/session';
import { KnownLocations } from './known-locations';
import { PersonalConflicts } from './personal-conflicts';
import { PlacementAssessment, ThreatAssessment } from './assessments';
import { Household } from './household';
import { LinkRequests } from './link-requests';

type CaseData = NonNullable<CaseSummaryQuery['case']>;

/** The case at a glance: where it stands, who moves, and what the police have assessed. */
export function CaseSummary({ data }: { data: CaseData }) {
  const { t } = useTranslation('cases');
  const { state } = useSession();
  // The API's rule: holds are national coordination's to lift (closeSurveillanceHold).
  const national = state.status === 'ready' && !!state.session.user?.roles.includes('POLICE_NATIONAL');
  return (
    <section className="case-summary" aria-labelledby="case-overview-heading">
      <h2 id="case-overview-heading" className="visually-hidden">
        {t('summary.heading')}
      </h2>
      <dl className="facts facts-inline">
        <dt>{t('summary.region')}</dt>
        <dd>{t(`common:region.${data.region}`)}</dd>
        <dt>{t('summary.status')}</dt>
        <dd>{t(`common:caseStatus.${data.status}`)}</dd>
        <dt>{t('summary.home')}</dt>
        <dd>
          {data.homeMunicipality.name} <span className="code-hint">{data.homeMunicipality.code}</span> ({data.homeMunicipality.county.name})
        </dd>
        <dt>{t('summary.eligibility')}</dt>
        <dd>{data.eligible ? t('summary.eligible') : <strong className="stale-badge">{t('summary.notEligible')}</strong>}</dd>
      </dl>
      <Household defector={data.defector} relatives={data.relatives} canLiftHolds={national} />
      <PersonalConflicts members={[data.defector, ...data.relatives]} />
      <div className="card-grid">
        <ThreatAssessment assessment={data.threatAssessment} />
        <PlacementAssessment assessment={data.placementAssessment} />
      </div>
      <KnownLocations actors={data.threatAssessment?.threatActors ?? []} members={[data.defector, ...data.relatives]} />
      <LinkRequests requests={data.linkRequests} />
    </section>
  );
}
