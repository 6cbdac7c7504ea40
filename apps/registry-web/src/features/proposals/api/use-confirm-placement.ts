import { useMutation } from 'urql';
import { graphql } from '../../../gql';

export const ConfirmPlacementMutation = graphql(`
  mutation ConfirmPlacement($proposalId: ID!) {
    confirmPlacement(proposalId: $proposalId) {
      id
      startDate
      endDate
      municipality {
        code
        name
      }
    }
  }
`);

/** CLEARED or OVERRIDDEN becomes PLACED, after the API checks the destination once more. */
export function useConfirmPlacement() {
  const [state, execute] = useMutation(ConfirmPlacementMutation);
  const confirm = (proposalId: string) => execute({ proposalId }, { additionalTypenames: ['Proposal', 'Placement'] });
  return [state, confirm] as const;
}
