import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { EventDetails } from './event-details';

export type AuditEvent = AuditEventsQuery['auditEvents']['events'][number];

interface Props {
  events: readonly AuditEvent[];
  expanded: number | null;
  onToggle(seq: number): void;
}

/** The log in chain order; ids and claims only, never protected content. */
export function AuditEventsTable({ events, expanded, onToggle }: Props) {
  const { t } = useTranslation('audit');
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-events-caption" tabIndex={0}>
      <table className="data-table audit-table">
        <caption id="audit-events-caption">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.seq')}</th>
            <th scope="col">{t('table.at')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.action')}</th>
            <th scope="col">{t('table.outcome')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.purpose')}</th>
            <th scope="col">{t('table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 && (
            <tr>
              <td colSpan={8}>{t('table.empty')}</td>
            </tr>
          )}
          {events.map((event) => (
            <Fragment key={event.seq}>
              <tr className={event.outcome === 'denied' ? 'is-refused' : undefined}>
                <td className="numeric">{event.seq}</td>
                <td>
                  <DateTimeText instant={event.at} />
                </td>
                <td>
                  <code>{event.actor}</code>
                  <div className="code-hint">{event.roles.join(', ')}</div>
                </td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>
                  <span className={`outcome outcome-${event.outcome}`}>
                    {t(`outcome.${event.outcome}`, { defaultValue: event.outcome })}
                  </span>
                </td>
                <td>
                  {event.resourceType && <span className="code-hint">{event.resourceType} </span>}
                  {event.resourceId && <code className="break">{event.resourceId}</code>}
                </td>
                <td className="purpose-cell">{event.purpose ?? '–'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={expanded === event.seq}
                    aria-controls={`audit-event-${event.seq}`}
                    onClick={() => onToggle(event.seq)}
                  >
                    {t('table.show', { seq: event.seq })}
                  </button>
                </td>
              </tr>
              {expanded === event.seq && (
                <tr className="details-row">
                  <td colSpan={8} id={`audit-event-${event.seq}`}>
                    <EventDetails event={event} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
