import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { FlagList } from '../../../components/flag-list';
import type { OpenAlertsQuery } from '../../../gql/graphql';

type Alert = OpenAlertsQuery['alerts'][number];

interface Props {
  alerts: readonly Alert[];
  acknowledging: string | null;
  onAcknowledge(alert: Alert): void;
}

/** Active placements that a change of facts has made blocked: each to be looked at and acknowledged. */
export function AlertList({ alerts, acknowledging, onAcknowledge }: Props) {
  const { t } = useTranslation('alerts');
  return (
    <ul className="card-list">
      {alerts.map((alert) => (
        <li key={alert.id} className="card alert-card">
          <article aria-labelledby={`alert-${alert.id}`}>
            <h2 id={`alert-${alert.id}`} className="card-title">
              {t('item.title', { name: alert.placement.municipality.name })}{' '}
              <Link to={`/cases/${encodeURIComponent(alert.placement.case.id)}`}>{alert.placement.case.reference}</Link>
            </h2>
            <p className="muted">
              {t('item.raised')} <DateTimeText instant={alert.raisedAt} /> · {t('item.placement')}{' '}
              <DateText date={alert.placement.startDate} /> – <DateText date={alert.placement.endDate} />
            </p>
            <FlagList flags={alert.flags} />
            <button
              type="button"
              onClick={() => onAcknowledge(alert)}
              disabled={acknowledging !== null}
              aria-describedby={`alert-${alert.id}`}
            >
              {acknowledging === alert.id ? t('item.acknowledging') : t('item.acknowledge')}
            </button>
          </article>
        </li>
      ))}
    </ul>
  );
}
