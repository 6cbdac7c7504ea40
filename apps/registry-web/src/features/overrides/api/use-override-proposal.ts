import { useCallback, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../../../gql';

export const OverrideProposalMutation = graphql(`
  mutation OverrideProposal($proposalId: ID!, $justification: String!) {
    overrideProposal(proposalId: $proposalId, justification: $justification) {
      id
      status
      clearanceReference
      municipality {
        code
        name
      }
    }
  }
`);

/**
 * NOT_CLEARED becomes OVERRIDDEN, a recorded decision with its justification. The answer carries the
 * clearance reference this once; it is handed to the caller, not kept in hook state.
 */
export function useOverrideProposal() {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const override = useCallback(
    async (proposalId: string, justification: string) => {
      setSubmitting(true);
      setError(undefined);
      const result = await client
        .mutation(OverrideProposalMutation, { proposalId, justification }, { additionalTypenames: ['Proposal'] })
        .toPromise();
      setSubmitting(false);
      if (result.error) setError(result.error);
      return result.data?.overrideProposal ?? null;
    },
    [client],
  );
  return { submitting, error, override };
}
