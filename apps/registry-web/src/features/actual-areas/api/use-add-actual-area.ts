import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { ActualAreaInput } from '../../../gql/graphql';

export const AddActualAreaMutation = graphql(`
  mutation AddActualArea($input: ActualAreaInput!) {
    addActualArea(input: $input) {
      id
      personId
      municipalityCode
      kind
      confidence
      validFrom
      validTo
      sourceNote
      ended
    }
  }
`);

/** Refreshes the person's list, and the case's checks that read the area (CheckResult, Proposal). */
export function useAddActualArea() {
  const [state, execute] = useMutation(AddActualAreaMutation);
  const add = (input: ActualAreaInput) => execute({ input }, { additionalTypenames: ['ActualArea', 'CheckResult', 'Proposal'] });
  return [state, add] as const;
}
