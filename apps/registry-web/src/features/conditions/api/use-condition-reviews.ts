import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const OpenConditionReviewsQuery = graphql(`
  query OpenConditionReviews {
    conditionReviews(open: true) {
      id
      caseId
      caseReference
      conditionId
      conditionKind
      notify
      raisedAt
      closedAt
      breach {
        id
        compliance
        observedOn
        note
        recordedBy
      }
    }
  }
`);

/** The open breach reviews the caller is told of, across cases (their team's, or all for national coordination). */
export function useOpenConditionReviews() {
  const context = useMemo(() => ({ additionalTypenames: ['ConditionReview'] }), []);
  return useQuery({ query: OpenConditionReviewsQuery, requestPolicy: 'cache-and-network', context });
}
