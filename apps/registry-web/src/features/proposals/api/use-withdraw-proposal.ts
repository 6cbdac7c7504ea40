import { useMutation } from 'urql';
import { graphql } from '../../../gql';

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($proposalId: ID!) {
    withdrawProposal(proposalId: $proposalId) {
      id
      status
    }
  }
`);

export function useWithdrawProposal() {
  const [state, execute] = useMutation(WithdrawProposalMutation);
  const withdraw = (proposalId: string) => execute({ proposalId }, { additionalTypenames: ['Proposal'] });
  return [state, withdraw] as const;
}
