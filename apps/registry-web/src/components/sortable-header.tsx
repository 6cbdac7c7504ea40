import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'ascending' | 'descending';

interface Props<K extends string> {
  column: K;
  sortBy: K;
  direction: SortDirection;
  onSort(column: K): void;
  children: ReactNode;
}

/** A column header that sorts its table: a button inside the th, and aria-sort on the sorted one. */
export function SortableHeader<K extends string>({ column, sortBy, direction, onSort, children }: Props<K>) {
  const { t } = useTranslation('common');
  const active = column === sortBy;
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
        <span className="visually-hidden">{active ? t(`sort.${direction}`) : t('sort.sortable')}</span>
      </button>
    </th>
  );
}
