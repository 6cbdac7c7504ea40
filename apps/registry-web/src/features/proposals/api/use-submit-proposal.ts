import { useCallback, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../../../gql';
import type { ProposalInput } from '../../../gql/graphql';

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: ProposalInput!) {
    submitProposal(input: $input) {
      id
      status
      clearanceReference
      housingType
      startDate
      endDate
      municipality {
        code
        name
      }
      check {
        cleared
        flags {
          code
          severity
          message
        }
      }
    }
  }
`);

/**
 * Runs the checker under a lock on the destination and records the proposal. The answer of a CLEARED
 * proposal carries the clearance reference, this once: it is handed to the caller and not kept in this
 * hook (unlike useMutation, whose state would hold the answer for as long as the component lives), and
 * urql never caches a mutation's answer.
 */
export function useSubmitProposal() {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const submit = useCallback(
    async (input: ProposalInput) => {
      setSubmitting(true);
      setError(undefined);
      const result = await client
        .mutation(SubmitProposalMutation, { input }, { additionalTypenames: ['Proposal', 'Placement'] })
        .toPromise();
      setSubmitting(false);
      if (result.error) setError(result.error);
      return result.data?.submitProposal ?? null;
    },
    [client],
  );
  return { submitting, error, submit };
}
