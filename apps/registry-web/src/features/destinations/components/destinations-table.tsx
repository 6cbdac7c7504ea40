import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableHeader, type SortDirection } from '../../../components/sortable-header';
import { VERDICT_ORDER, type Destination } from '../verdict';

type SortColumn = 'rank' | 'name' | 'county' | 'region' | 'verdict';

interface Props {
  destinations: readonly Destination[];
  selected: string | null;
  onSelect(code: string): void;
  /** id for the table, so the map's skip link can reach it */
  id?: string;
}

function compare(a: Destination, b: Destination, column: SortColumn, collator: Intl.Collator): number {
  switch (column) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'county':
      return collator.compare(a.countyName, b.countyName) || collator.compare(a.name, b.name);
    case 'region':
      return collator.compare(a.policeRegion, b.policeRegion) || collator.compare(a.name, b.name);
    case 'verdict':
      return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.rank - b.rank;
    default:
      return a.rank - b.rank;
  }
}

/**
 * The same data as the map, as text: every municipality, its verdict and its flag codes. Selecting a row
 * selects the municipality (the same as clicking it on the map).
 */
export function DestinationsTable({ destinations, selected, onSelect, id }: Props) {
  const { t, i18n } = useTranslation('destinations');
  const captionId = useId();
  const [sortBy, setSortBy] = useState<SortColumn>('rank');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const collator = useMemo(() => new Intl.Collator(i18n.language.startsWith('en') ? 'en' : 'sv'), [i18n.language]);
  const rows = useMemo(() => {
    const sorted = [...destinations].sort((a, b) => compare(a, b, sortBy, collator));
    return direction === 'ascending' ? sorted : sorted.reverse();
  }, [destinations, sortBy, direction, collator]);

  function sort(column: SortColumn) {
    if (column === sortBy) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortBy(column);
      setDirection('ascending');
    }
  }

  const header = { sortBy, direction, onSort: sort };
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table id={id} className="data-table destinations-table">
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            <SortableHeader column="rank" {...header}>
              {t('table.rank')}
            </SortableHeader>
            <SortableHeader column="name" {...header}>
              {t('table.municipality')}
            </SortableHeader>
            <SortableHeader column="county" {...header}>
              {t('table.county')}
            </SortableHeader>
            <SortableHeader column="region" {...header}>
              {t('table.region')}
            </SortableHeader>
            <SortableHeader column="verdict" {...header}>
              {t('table.verdict')}
            </SortableHeader>
            <th scope="col">{t('table.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((destination) => {
            const isSelected = destination.code === selected;
            return (
              <tr key={destination.code} className={isSelected ? 'is-selected' : undefined} onClick={() => onSelect(destination.code)}>
                <td className="numeric">{destination.rank}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={isSelected}
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect(destination.code);
                    }}
                  >
                    {destination.name}
                  </button>{' '}
                  <span className="code-hint">{destination.code}</span>
                </th>
                <td>{destination.countyName}</td>
                <td>{t(`common:region.${destination.policeRegion}`)}</td>
                <td>
                  <span className={`verdict-badge verdict-${destination.verdict}`}>{t(`verdict.${destination.verdict}`)}</span>
                </td>
                <td>
                  {destination.flags.length === 0 ? (
                    <span className="muted">{t('table.noFlags')}</span>
                  ) : (
                    <ul className="code-list">
                      {destination.flags.map((flag) => (
                        <li key={flag.code}>
                          <code>{flag.code}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
