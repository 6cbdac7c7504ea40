import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { PlacementEndReason } from '../../../gql/graphql';

export const EndPlacementMutation = graphql(`
  mutation EndPlacement($placementId: ID!, $endedOn: Date!, $reason: PlacementEndReason!) {
    endPlacement(placementId: $placementId, endedOn: $endedOn, reason: $reason) {
      id
      endedOn
      endReason
    }
  }
`);

export function useEndPlacement() {
  const [state, execute] = useMutation(EndPlacementMutation);
  const end = (placementId: string, endedOn: string, reason: PlacementEndReason) =>
    execute({ placementId, endedOn, reason }, { additionalTypenames: ['Placement'] });
  return [state, end] as const;
}
