import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/formatted-date';
import type { CaseSummaryQuery } from '../../../gql/graphql';
import { ReviewDate } from './review-date';

type CaseData = NonNullable<CaseSummaryQuery['case']>;

export function ThreatAssessment({ assessment }: { assessment: CaseData['threatAssessment'] }) {
  const { t } = useTranslation('cases');
  return (
    <section className="card" aria-labelledby="threat-heading">
      <h3 id="threat-heading">{t('threat.heading')}</h3>
      {!assessment ? (
        <p className="stale-badge">{t('threat.missing')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('threat.level')}</dt>
          <dd>{t(`threat.levels.${assessment.level}`)}</dd>
          <dt>{t('threat.reach')}</dt>
          <dd>{t(`common:reach.${assessment.reach}`)}</dd>
          <dt>{t('threat.relocation')}</dt>
          <dd>{assessment.relocationRequired ? t('common:yes') : t('common:no')}</dd>
          <dt>{t('assessment.assessedOn')}</dt>
          <dd>
            <DateText date={assessment.assessedOn} />
          </dd>
          <dt>{t('assessment.reviewDue')}</dt>
          <dd>
            <ReviewDate date={assessment.reviewDue} />
          </dd>
          <dt>{t('threat.actors')}</dt>
          <dd>
            {assessment.threatActors.length === 0
              ? t('common:none')
              : assessment.threatActors.map((person) => `${person.givenName} ${person.familyName}`).join(', ')}
          </dd>
          <dt>{t('threat.networks')}</dt>
          <dd>
            {assessment.threatNetworks.length === 0
              ? t('common:none')
              : assessment.threatNetworks.map((network) => network.name).join(', ')}
          </dd>
          {assessment.summary && (
            <>
              <dt>{t('threat.summary')}</dt>
              <dd className="preserve-lines">{assessment.summary}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

export function PlacementAssessment({ assessment }: { assessment: CaseData['placementAssessment'] }) {
  const { t } = useTranslation('cases');
  return (
    <section className="card" aria-labelledby="placement-assessment-heading">
      <h3 id="placement-assessment-heading">{t('placement.heading')}</h3>
      {!assessment ? (
        <p className="stale-badge">{t('placement.missing')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('assessment.assessedOn')}</dt>
          <dd>
            <DateText date={assessment.assessedOn} />
          </dd>
          <dt>{t('assessment.reviewDue')}</dt>
          <dd>
            <ReviewDate date={assessment.reviewDue} />
          </dd>
          <dt>{t('placement.minDistance')}</dt>
          <dd>
            {assessment.minDistanceFromHomeKm == null ? t('common:none') : t('placement.km', { km: assessment.minDistanceFromHomeKm })}
          </dd>
          <dt>{t('placement.suitable')}</dt>
          <dd>{assessment.suitable.length === 0 ? t('placement.anySuitable') : assessment.suitable.map((m) => m.name).join(', ')}</dd>
          <dt>{t('placement.unsuitable')}</dt>
          <dd>
            {assessment.unsuitable.length === 0 ? (
              t('common:none')
            ) : (
              <ul className="plain-list">
                {assessment.unsuitable.map((item) => (
                  <li key={item.municipality.code}>
                    {item.municipality.name}: {t(`placement.reasons.${item.reason}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
