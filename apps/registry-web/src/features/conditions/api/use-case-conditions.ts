import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CaseConditionsQuery = graphql(`
  query CaseConditions($id: ID!) {
    case(id: $id) {
      id
      conditions {
        id
        kind
        areas {
          code
          name
        }
        description
        breachRule
        notify
        signedOn
        addedBy
        endedOn
        endReason
        currentCompliance
        complianceCount
        compliance {
          id
          compliance
          observedOn
          note
          recordedBy
          recordedAt
        }
        reviews {
          id
          raisedAt
          closedAt
          closedBy
          decision
          breach {
            id
            compliance
            observedOn
          }
        }
      }
    }
  }
`);

/** The conditions the case's defector signed, with compliance and breach reviews (the case's details). */
export function useCaseConditions(caseId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Condition', 'ConditionReview'] }), []);
  return useQuery({ query: CaseConditionsQuery, variables: { id: caseId }, requestPolicy: 'cache-and-network', context });
}
