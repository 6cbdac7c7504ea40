import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';

export const SurveillanceHoldClosuresQuery = graphql(`
  query SurveillanceHoldClosures($personId: ID!) {
    surveillanceHoldClosures(personId: $personId) {
      closedAt
      closedBy
      reason
    }
  }
`);

export const CloseSurveillanceHoldMutation = graphql(`
  mutation CloseSurveillanceHold($personId: ID!, $reason: String!) {
    closeSurveillanceHold(personId: $personId, reason: $reason) {
      closedAt
      closedBy
      reason
    }
  }
`);

/** National coordination: every lifting of a person's hold, oldest first. Only asked when `pause` is false. */
export function useSurveillanceHoldClosures(personId: string, pause: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['RecordClosure'] }), []);
  return useQuery({ query: SurveillanceHoldClosuresQuery, variables: { personId }, context, pause });
}

/** Lifting a hold changes the person (surveillanceHold) and the case's checks: both are read again. */
export function useCloseSurveillanceHold() {
  const [state, execute] = useMutation(CloseSurveillanceHoldMutation);
  const close = (personId: string, reason: string) =>
    execute({ personId, reason }, { additionalTypenames: ['Person', 'RecordClosure', 'CheckResult', 'Proposal'] });
  return { ...state, close };
}
