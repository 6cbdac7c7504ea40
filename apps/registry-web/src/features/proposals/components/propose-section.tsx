import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import type { SubmitProposalMutation } from '../../../gql/graphql';
import { useSubmitProposal } from '../api/use-submit-proposal';
import { ProposalForm } from './proposal-form';
import { ProposalResult } from './proposal-result';

interface Props {
  caseId: string;
  municipality: { code: string; name: string };
  startDate?: string;
  endDate?: string;
}

/**
 * The Propose button and what follows it, for one municipality. The route mounts it keyed by the
 * municipality, so changing the selection or leaving the page drops the result, reference included.
 */
export function ProposeSection({ caseId, municipality, startDate, endDate }: Props) {
  const { t } = useTranslation('proposals');
  const [open, setOpen] = useState(false);
  const { submitting, error, submit } = useSubmitProposal();
  // The answer, reference included, is kept here and nowhere else.
  const [answer, setAnswer] = useState<SubmitProposalMutation['submitProposal'] | null>(null);

  if (answer) return <ProposalResult proposal={answer} onClose={() => setAnswer(null)} />;
  if (!open)
    return (
      <p>
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          {t('propose')}
        </button>
      </p>
    );
  return (
    <>
      <ProposalForm
        caseId={caseId}
        municipality={municipality}
        startDate={startDate}
        endDate={endDate}
        submitting={submitting}
        onCancel={() => setOpen(false)}
        onSubmit={(input) => {
          void submit(input).then((proposal) => {
            if (proposal) {
              setAnswer(proposal);
              setOpen(false);
            }
          });
        }}
      />
      {error && <ErrorMessage error={error} />}
    </>
  );
}
