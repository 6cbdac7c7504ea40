import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CaseAccessQuery = graphql(`
  query CaseAccess($id: ID!) {
    caseSummary(id: $id) {
      id
      reference
      region
      status
      access
      checks {
        proposalStatus
        cleared
        checkedAt
        flags {
          code
          severity
        }
      }
    }
  }
`);

export const BreakGlassMutation = graphql(`
  mutation BreakGlass($caseId: ID!, $reason: String!) {
    breakGlass(caseId: $caseId, reason: $reason) {
      id
      caseId
      grantedAt
      expiresAt
    }
  }
`);

/**
 * What the caller may read of a case (DETAILS or SUMMARY) and the summary itself: existence, status and
 * checker results, the part of a case every officer of its region may know.
 */
export function useCaseAccess(caseId: string, pause = false) {
  return useQuery({ query: CaseAccessQuery, variables: { id: caseId }, requestPolicy: 'network-only', pause });
}

export function useBreakGlass() {
  const [state, execute] = useMutation(BreakGlassMutation);
  return [
    state,
    (caseId: string, reason: string) => execute({ caseId, reason }, { additionalTypenames: ['Case', 'CaseSummary'] }),
  ] as const;
}
