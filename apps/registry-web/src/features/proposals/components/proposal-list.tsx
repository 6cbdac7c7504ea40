import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button';
import { DateText } from '../../../components/formatted-date';
import { FlagList } from '../../../components/flag-list';
import type { CaseProposalsQuery } from '../../../gql/graphql';
import { ScrollableTable } from '../../../components/scrollable-table';

type Proposal = NonNullable<CaseProposalsQuery['case']>['proposals'][number];

interface Props {
  proposals: readonly Proposal[];
  busy: boolean;
  onConfirm(proposal: Proposal): void;
  onWithdraw(proposal: Proposal): void;
}

const CONFIRMABLE = new Set(['CLEARED', 'OVERRIDDEN']);
const WITHDRAWABLE = new Set(['CLEARED', 'OVERRIDDEN', 'NOT_CLEARED']);

/** The case's proposals: confirm a cleared (or overridden) one as the placement, or withdraw it. */
export function ProposalList({ proposals, busy, onConfirm, onWithdraw }: Props) {
  const { t } = useTranslation('proposals');
  if (proposals.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ScrollableTable caption={t('list.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('list.municipality')}</th>
          <th scope="col">{t('list.housing')}</th>
          <th scope="col">{t('list.period')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.flags')}</th>
          <th scope="col">{t('list.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((proposal) => (
          <tr key={proposal.id}>
            <th scope="row">
              {proposal.municipality.name} <span className="code-hint">{proposal.municipality.code}</span>
            </th>
            <td>{t(`common:housing.${proposal.housingType}`)}</td>
            <td>
              <DateText date={proposal.startDate} /> – <DateText date={proposal.endDate} />
            </td>
            <td>
              <span className={`status-badge status-${proposal.status.toLowerCase()}`}>
                {t(`common:proposalStatus.${proposal.status}`)}
              </span>
            </td>
            <td>
              {proposal.check.flags.length === 0 ? (
                t('common:flags.none')
              ) : (
                <details>
                  <summary>{t('list.flagCount', { count: proposal.check.flags.length })}</summary>
                  <FlagList flags={proposal.check.flags} />
                </details>
              )}
            </td>
            <td className="row-actions">
              {CONFIRMABLE.has(proposal.status) && (
                <ConfirmButton
                  label={t('list.confirmPlacement')}
                  question={t('list.confirmQuestion', { name: proposal.municipality.name })}
                  confirmLabel={t('list.confirmYes')}
                  onConfirm={() => onConfirm(proposal)}
                  disabled={busy}
                />
              )}
              {WITHDRAWABLE.has(proposal.status) && (
                <ConfirmButton
                  label={t('list.withdraw')}
                  question={t('list.withdrawQuestion', { name: proposal.municipality.name })}
                  confirmLabel={t('list.withdrawYes')}
                  onConfirm={() => onWithdraw(proposal)}
                  disabled={busy}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
