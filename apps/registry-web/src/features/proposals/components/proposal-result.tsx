import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearanceReferenceOnce } from '../../../components/clearance-reference-once';
import { FlagList } from '../../../components/flag-list';
import type { SubmitProposalMutation } from '../../../gql/graphql';

type Proposal = SubmitProposalMutation['submitProposal'];

/** What the API decided for the proposal; a CLEARED one shows its clearance reference this once. */
export function ProposalResult({ proposal, onClose }: { proposal: Proposal; onClose(): void }) {
  const { t } = useTranslation('proposals');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="proposal-result" aria-labelledby="proposal-result-heading">
      <h4 id="proposal-result-heading" ref={heading} tabIndex={-1}>
        {t('result.heading', { name: proposal.municipality.name })}
      </h4>
      <p>
        {t('result.status')}{' '}
        <span className={`status-badge status-${proposal.status.toLowerCase()}`}>{t(`common:proposalStatus.${proposal.status}`)}</span>
      </p>
      {proposal.status === 'NOT_CLEARED' && <p>{t('result.notCleared')}</p>}
      {proposal.clearanceReference && <ClearanceReferenceOnce reference={proposal.clearanceReference} />}
      <h5>{t('result.flags')}</h5>
      <FlagList flags={proposal.check.flags} />
      <button type="button" onClick={onClose}>
        {t('result.close')}
      </button>
    </section>
  );
}
