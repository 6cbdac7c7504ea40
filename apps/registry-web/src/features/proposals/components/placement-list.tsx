import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/formatted-date';
import type { CaseProposalsQuery, PlacementEndReason } from '../../../gql/graphql';
import { EndPlacementForm } from './end-placement-form';
import { ScrollableTable } from '../../../components/scrollable-table';

type Placement = NonNullable<CaseProposalsQuery['case']>['placements'][number];

interface Props {
  placements: readonly Placement[];
  busy: boolean;
  onEnd(placement: Placement, endedOn: string, reason: PlacementEndReason): void;
}

/** Where the household is (and was) placed; an active placement can be ended with a date and a reason. */
export function PlacementList({ placements, busy, onEnd }: Props) {
  const { t } = useTranslation('proposals');
  const [ending, setEnding] = useState<string | null>(null);
  if (placements.length === 0) return <p>{t('placements.empty')}</p>;
  return (
    <ScrollableTable caption={t('placements.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('list.municipality')}</th>
          <th scope="col">{t('list.housing')}</th>
          <th scope="col">{t('list.period')}</th>
          <th scope="col">{t('placements.ended')}</th>
          <th scope="col">{t('list.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {placements.map((placement) => (
          <tr key={placement.id}>
            <th scope="row">
              {placement.municipality.name} <span className="code-hint">{placement.municipality.code}</span>
            </th>
            <td>{t(`common:housing.${placement.housingType}`)}</td>
            <td>
              <DateText date={placement.startDate} /> – <DateText date={placement.endDate} />
            </td>
            <td>
              {placement.endedOn ? (
                <>
                  <DateText date={placement.endedOn} />
                  {placement.endReason && ` (${t(`placements.reasons.${placement.endReason}`)})`}
                </>
              ) : (
                t('placements.active')
              )}
            </td>
            <td className="row-actions">
              {!placement.endedOn &&
                (ending === placement.id ? (
                  <EndPlacementForm
                    municipalityName={placement.municipality.name}
                    startDate={placement.startDate}
                    submitting={busy}
                    onCancel={() => setEnding(null)}
                    onSubmit={(endedOn, reason) => {
                      setEnding(null);
                      onEnd(placement, endedOn, reason);
                    }}
                  />
                ) : (
                  <button type="button" onClick={() => setEnding(placement.id)} disabled={busy}>
                    {t('placements.end')}
                  </button>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
