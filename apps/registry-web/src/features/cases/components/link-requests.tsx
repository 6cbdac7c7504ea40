import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import type { CaseSummaryQuery } from '../../../gql/graphql';

type LinkRequest = NonNullable<CaseSummaryQuery['case']>['linkRequests'][number];

/** Links to persons the region may not see wait for national coordination; they count once approved. */
export function LinkRequests({ requests }: { requests: readonly LinkRequest[] }) {
  const { t } = useTranslation('cases');
  return (
    <section className="card" aria-labelledby="link-requests-heading">
      <h3 id="link-requests-heading">{t('links.heading')}</h3>
      <p className="hint">{t('links.intro')}</p>
      {requests.length === 0 ? (
        <p>{t('links.empty')}</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id}>
              {t(`links.kind.${request.kind}`)}
              {request.conflictKind && ` (${t(`links.conflict.${request.conflictKind}`)})`}:{' '}
              <strong>{t(`links.status.${request.status}`)}</strong>
              {' · '}
              {t('links.requested')} <DateTimeText instant={request.requestedAt} />
              {request.decidedAt && (
                <>
                  {' · '}
                  {t('links.decided')} <DateTimeText instant={request.decidedAt} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
