import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorMessage } from '../../../components/error-message';
import { DateText } from '../../../components/formatted-date';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { ActualAreasQuery } from '../../../gql/graphql';

type Area = ActualAreasQuery['actualAreas'][number];

interface Props {
  name: string;
  areas: readonly Area[];
  municipalityNames: ReadonlyMap<string, string>;
  ending: boolean;
  endError?: unknown;
  onEnd(id: string): void;
}

/** One household member's actual areas as a table; an open one can be ended (it stays on record). */
export function PersonAreas({ name, areas, municipalityNames, ending, endError, onEnd }: Props) {
  const { t } = useTranslation('actual-areas');
  if (areas.length === 0) return <p className="muted">{t('list.none', { name })}</p>;
  return (
    <>
      <ScrollableTable caption={t('list.caption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('list.municipality')}</th>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.confidence')}</th>
            <th scope="col">{t('list.validity')}</th>
            <th scope="col">{t('list.source')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => {
            const place = municipalityNames.get(area.municipalityCode) ?? area.municipalityCode;
            return (
              <tr key={area.id}>
                <th scope="row">
                  {place} <span className="code-hint">{area.municipalityCode}</span>
                </th>
                <td>{t(`kinds.${area.kind}`)}</td>
                <td>
                  {area.confidence === 'POSSIBLE' ? (
                    <strong>{t(`confidences.${area.confidence}`)}</strong>
                  ) : (
                    t(`confidences.${area.confidence}`)
                  )}
                </td>
                <td>
                  <DateText date={area.validFrom} /> – {area.validTo ? <DateText date={area.validTo} /> : t('list.openEnded')}
                  {area.ended && <> ({t('list.ended')})</>}
                </td>
                <td>{area.sourceNote ?? '–'}</td>
                <td>
                  {area.ended ? (
                    '–'
                  ) : (
                    <ConfirmButton
                      label={t('end.button')}
                      question={t('end.question', { place })}
                      confirmLabel={t('end.confirm')}
                      onConfirm={() => onEnd(area.id)}
                      disabled={ending}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollableTable>
      {endError !== undefined && <ErrorMessage error={endError} messages={{ NOT_FOUND: t('notFound') }} />}
    </>
  );
}
