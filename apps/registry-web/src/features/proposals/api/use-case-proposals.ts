import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CaseProposalsQuery = graphql(`
  query CaseProposals($caseId: ID!) {
    case(id: $caseId) {
      id
      reference
      proposals {
        id
        status
        housingType
        startDate
        endDate
        municipality {
          code
          name
        }
        check {
          cleared
          checkedAt
          flags {
            code
            severity
            message
          }
        }
      }
      placements {
        id
        housingType
        startDate
        endDate
        endedOn
        endReason
        municipality {
          code
          name
        }
      }
    }
  }
`);

/** A case's proposals and placements. Refetched after any proposal or placement mutation, also from none. */
export function useCaseProposals(caseId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Proposal', 'Placement'] }), []);
  return useQuery({ query: CaseProposalsQuery, variables: { caseId }, context });
}
