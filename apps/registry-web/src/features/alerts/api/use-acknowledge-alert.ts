import { useMutation } from 'urql';
import { graphql } from '../../../gql';

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      id
      acknowledged
    }
  }
`);

export function useAcknowledgeAlert() {
  const [state, execute] = useMutation(AcknowledgeAlertMutation);
  const acknowledge = (id: string) => execute({ id }, { additionalTypenames: ['Alert'] });
  return [state, acknowledge] as const;
}
