import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagList } from '../../../components/flag-list';
import type { Destination } from '../verdict';

interface Props {
  destination: Destination;
  /** what the page offers for the selected municipality (the route passes the Propose button) */
  actions?: ReactNode;
}

/** The selected municipality: its verdict and every flag, code visible as text, with the API's message. */
export function DestinationDetails({ destination, actions }: Props) {
  const { t } = useTranslation('destinations');
  const headingId = useId();
  return (
    <section className="destination-details" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {destination.name} <span className="code-hint">{destination.code}</span>
      </h3>
      <p>
        <span className={`verdict-badge verdict-${destination.verdict}`}>{t(`verdict.${destination.verdict}`)}</span>{' '}
        {t('details.where', { county: destination.countyName, region: t(`common:region.${destination.policeRegion}`) })}
      </p>
      <h4>{t('details.flags')}</h4>
      <FlagList flags={destination.flags} emptyText={t('details.noFlags')} />
      {actions}
    </section>
  );
}
