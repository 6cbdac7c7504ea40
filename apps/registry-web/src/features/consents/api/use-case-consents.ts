import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CaseConsentsQuery = graphql(`
  query CaseConsents($id: ID!) {
    case(id: $id) {
      id
      status
      defector {
        id
        givenName
        familyName
        birthYear
      }
      relatives {
        id
        givenName
        familyName
        birthYear
      }
      consents {
        id
        status
        signedOn
        lastSignedOn
        reviewDue
        renewals
        withdrawnOn
        member {
          id
        }
        scope {
          categories
          recipients
        }
        signatories {
          role
          answer
          name
        }
      }
    }
  }
`);

/** The household and every consent recorded for its members (status as of today, as the API reckons it). */
export function useCaseConsents(caseId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Consent'] }), []);
  return useQuery({ query: CaseConsentsQuery, variables: { id: caseId }, requestPolicy: 'cache-and-network', context });
}
