import { useTranslation } from 'react-i18next';
import type { CaseSummaryQuery } from '../../../gql/graphql';
import { ScrollableTable } from '../../../components/scrollable-table';

type Person = NonNullable<CaseSummaryQuery['case']>['defector'];

/** The defector and the relatives who move with them. A surveillance hold is shown, its reason never. */
export function Household({ defector, relatives }: { defector: Person; relatives: readonly Person[] }) {
  const { t } = useTranslation('cases');
  const members = [defector, ...relatives];
  return (
    <ScrollableTable caption={t('household.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('household.name')}</th>
          <th scope="col">{t('household.role')}</th>
          <th scope="col">{t('household.birthYear')}</th>
          <th scope="col">{t('household.hold')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((person, index) => (
          <tr key={person.id}>
            <th scope="row">
              {person.givenName} {person.familyName}
            </th>
            <td>{index === 0 ? t('household.defector') : t('household.relative')}</td>
            <td>{person.birthYear ?? '–'}</td>
            <td>{person.surveillanceHold ? <strong>{t('household.holdActive')}</strong> : t('common:no')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
