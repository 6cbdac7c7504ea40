import { useMutation } from 'urql';
import { graphql } from '../../../gql';

export const EndActualAreaMutation = graphql(`
  mutation EndActualArea($id: ID!) {
    endActualArea(id: $id) {
      id
      validTo
      ended
    }
  }
`);

export function useEndActualArea() {
  const [state, execute] = useMutation(EndActualAreaMutation);
  const end = (id: string) => execute({ id }, { additionalTypenames: ['ActualArea', 'CheckResult', 'Proposal'] });
  return [state, end] as const;
}
