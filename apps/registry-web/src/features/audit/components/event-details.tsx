import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import type { AuditEvent } from './audit-events-table';

/** Everything the log holds about one event, hashes included, for following the chain by hand. */
export function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('audit');
  const dash = '–';
  return (
    <dl className="facts event-details">
      <dt>{t('table.seq')}</dt>
      <dd>{event.seq}</dd>
      <dt>{t('table.at')}</dt>
      <dd>
        <DateTimeText instant={event.at} /> <code className="code-hint">{event.at}</code>
      </dd>
      <dt>{t('table.actor')}</dt>
      <dd>
        <code>{event.actor}</code>
      </dd>
      <dt>{t('details.roles')}</dt>
      <dd>{event.roles.length ? <code>{event.roles.join(', ')}</code> : dash}</dd>
      <dt>{t('details.scope')}</dt>
      <dd>{event.scope ? <code>{event.scope}</code> : dash}</dd>
      <dt>{t('table.action')}</dt>
      <dd>
        <code>{event.action}</code>
      </dd>
      <dt>{t('table.outcome')}</dt>
      <dd>{t(`outcome.${event.outcome}`, { defaultValue: event.outcome })}</dd>
      <dt>{t('details.resourceType')}</dt>
      <dd>{event.resourceType ? <code>{event.resourceType}</code> : dash}</dd>
      <dt>{t('details.resourceId')}</dt>
      <dd>{event.resourceId ? <code className="break">{event.resourceId}</code> : dash}</dd>
      <dt>{t('table.purpose')}</dt>
      <dd className="preserve-lines">{event.purpose ?? dash}</dd>
      <dt>{t('details.requestId')}</dt>
      <dd>{event.requestId ? <code>{event.requestId}</code> : dash}</dd>
      <dt>{t('details.clientAddress')}</dt>
      <dd>{event.clientAddress ? <code>{event.clientAddress}</code> : dash}</dd>
      <dt>{t('details.prevHash')}</dt>
      <dd>
        <code className="break">{event.prevHash}</code>
      </dd>
      <dt>{t('details.hash')}</dt>
      <dd>
        <code className="break">{event.hash}</code>
      </dd>
    </dl>
  );
}
