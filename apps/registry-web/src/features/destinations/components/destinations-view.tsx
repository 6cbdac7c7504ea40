import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { DateTimeText } from '../../../components/formatted-date';
import { useRankDestinations, type Period } from '../api/use-rank-destinations';
import { countByVerdict, toDestinations, type Destination } from '../verdict';
import { DestinationDetails } from './destination-details';
import { DestinationMap } from './destination-map';
import { DestinationsTable } from './destinations-table';
import { MapLegend } from './map-legend';
import { PeriodForm } from './period-form';
import { RegionZoom } from './region-zoom';

interface Props {
  caseId: string;
  selected: string | null;
  onSelect(code: string): void;
  period: Period;
  onPeriodChange(period: Required<Period>): void;
  /** what to offer for the selected municipality (the route composes the proposal form here) */
  renderActions?(destination: Destination): ReactNode;
}

/** Where the household could go: the checker's verdict on all 290 municipalities, as a map and a table. */
export function DestinationsView({ caseId, selected, onSelect, period, onPeriodChange, renderActions }: Props) {
  const { t } = useTranslation('destinations');
  const tableId = useId();
  const [region, setRegion] = useState<string | null>(null);
  const [result] = useRankDestinations(caseId, period);
  const homeCode = result.data?.case?.homeMunicipality.code ?? null;
  const destinations = useMemo(() => toDestinations(result.data?.rankDestinations ?? [], homeCode), [result.data, homeCode]);
  const counts = useMemo(() => countByVerdict(destinations), [destinations]);
  const selectedDestination = selected ? destinations.find((destination) => destination.code === selected) : undefined;

  let body: ReactNode;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} messages={{ NOT_FOUND: t('notFound') }} />;
  else if (destinations.length === 0) body = <p>{t('empty')}</p>;
  else
    body = (
      <div className="destinations-layout">
        <div className="destinations-map-column">
          <RegionZoom region={region} onChange={setRegion} />
          <DestinationMap destinations={destinations} selected={selected} onSelect={onSelect} region={region} skipTargetId={tableId} />
          <MapLegend counts={counts} />
        </div>
        <div className="destinations-table-column">
          <p role="status" className="selection-status">
            {selectedDestination
              ? t('selection.announce', { name: selectedDestination.name, verdict: t(`verdict.${selectedDestination.verdict}`) })
              : t('selection.none')}
          </p>
          {selectedDestination && <DestinationDetails destination={selectedDestination} actions={renderActions?.(selectedDestination)} />}
          <DestinationsTable id={tableId} destinations={destinations} selected={selected} onSelect={onSelect} />
        </div>
      </div>
    );

  const checkedAt = result.data?.rankDestinations[0]?.checkedAt;
  return (
    <section className="destinations" aria-labelledby={`${tableId}-heading`}>
      <h2 id={`${tableId}-heading`}>{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <PeriodForm
        key={`${period.startDate}-${period.endDate}`}
        startDate={period.startDate}
        endDate={period.endDate}
        onChange={onPeriodChange}
      />
      {checkedAt && (
        <p className="muted">
          {t('checkedAt')} <DateTimeText instant={checkedAt} />
          {result.fetching && <span> {t('refreshing')}</span>}
        </p>
      )}
      {body}
    </section>
  );
}
