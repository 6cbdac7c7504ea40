import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasesQuery } from '../../../gql/graphql';
import { ScrollableTable } from '../../../components/scrollable-table';

type CaseItem = CasesQuery['cases'][number];

/** The cases the officer may see; each reference is a link to the case. */
export function CaseList({ cases }: { cases: readonly CaseItem[] }) {
  const { t } = useTranslation('cases');
  return (
    <ScrollableTable caption={t('list.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('list.reference')}</th>
          <th scope="col">{t('list.region')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.home')}</th>
          <th scope="col">{t('list.eligible')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.reference}</Link>
            </th>
            <td>{t(`common:region.${item.region}`)}</td>
            <td>{t(`common:caseStatus.${item.status}`)}</td>
            <td>
              {item.homeMunicipality.name} <span className="code-hint">{item.homeMunicipality.code}</span>
            </td>
            <td>{item.eligible ? t('common:yes') : t('common:no')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
