import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { ScrollableTable } from '../../../components/scrollable-table';
import { useNotifications } from '../api/use-notifications';

/** Break-glass on the caller's cases (as responsible officer): who opened which case, why, and until when. */
export function BreakGlassNotifications() {
  const { t } = useTranslation('teams');
  const [result] = useNotifications();
  const grants = result.data?.notifications ?? [];
  let body;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else if (grants.length === 0) body = <p>{t('notifications.empty')}</p>;
  else
    body = (
      <ScrollableTable caption={t('notifications.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('notifications.case')}</th>
            <th scope="col">{t('notifications.officer')}</th>
            <th scope="col">{t('notifications.reason')}</th>
            <th scope="col">{t('notifications.granted')}</th>
            <th scope="col">{t('notifications.expires')}</th>
          </tr>
        </thead>
        <tbody>
          {grants.map((grant) => (
            <tr key={grant.id}>
              <th scope="row">
                <Link to={`/cases/${grant.caseId}`}>{grant.caseReference}</Link>
              </th>
              <td className="user-id">{grant.officer}</td>
              <td className="preserve-lines">{grant.reason}</td>
              <td>
                <DateTimeText instant={grant.grantedAt} />
              </td>
              <td>
                <DateTimeText instant={grant.expiresAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    );
  return (
    <section className="case-section" aria-labelledby="break-glass-notifications">
      <h2 id="break-glass-notifications">{t('notifications.heading')}</h2>
      <p className="hint">{t('notifications.intro')}</p>
      {body}
    </section>
  );
}
