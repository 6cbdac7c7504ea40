import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useCaseProposals } from '../api/use-case-proposals';
import { useConfirmPlacement } from '../api/use-confirm-placement';
import { useEndPlacement } from '../api/use-end-placement';
import { useWithdrawProposal } from '../api/use-withdraw-proposal';
import { PlacementList } from './placement-list';
import { ProposalList } from './proposal-list';

/** The case's proposals and placements, with what can be done to them. */
export function ProposalsView({ caseId }: { caseId: string }) {
  const { t } = useTranslation('proposals');
  const [result] = useCaseProposals(caseId);
  const [confirmState, confirm] = useConfirmPlacement();
  const [withdrawState, withdraw] = useWithdrawProposal();
  const [endState, end] = useEndPlacement();
  const [done, setDone] = useState<string | null>(null);
  const busy = confirmState.fetching || withdrawState.fetching || endState.fetching;
  // Only the latest action's error is shown: an older failure says nothing about the current state.
  const [last, setLast] = useState<'confirm' | 'withdraw' | 'end' | null>(null);
  const actionError = { confirm: confirmState.error, withdraw: withdrawState.error, end: endState.error, none: undefined }[last ?? 'none'];
  const data = result.data?.case;

  /** Runs a mutation; says what happened once it has, and clears what an earlier one said. */
  function act(kind: 'confirm' | 'withdraw' | 'end', mutation: Promise<{ data?: unknown }>, message: string) {
    setLast(kind);
    setDone(null);
    void mutation.then((answer) => {
      if (answer.data) setDone(message);
    });
  }

  let body;
  if (result.fetching && !result.data) body = <Loading />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else if (!data) body = <p>{t('list.empty')}</p>;
  else
    body = (
      <>
        <ProposalList
          proposals={data.proposals}
          busy={busy}
          onConfirm={(proposal) => act('confirm', confirm(proposal.id), t('done.placed', { name: proposal.municipality.name }))}
          onWithdraw={(proposal) => act('withdraw', withdraw(proposal.id), t('done.withdrawn', { name: proposal.municipality.name }))}
        />
        <h3>{t('placements.heading')}</h3>
        <PlacementList
          placements={data.placements}
          busy={busy}
          onEnd={(placement, endedOn, reason) =>
            act('end', end(placement.id, endedOn, reason), t('done.ended', { name: placement.municipality.name }))
          }
        />
      </>
    );

  return (
    <section className="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('heading')}</h2>
      <p role="status" className="action-status">
        {done}
      </p>
      {actionError && <ErrorMessage error={actionError} />}
      {body}
    </section>
  );
}
