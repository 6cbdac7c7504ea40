import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CaseSummaryQuery = graphql(`
  query CaseSummary($id: ID!) {
    case(id: $id) {
      id
      reference
      region
      status
      eligible
      homeMunicipality {
        code
        name
        county {
          name
        }
      }
      defector {
        id
        kind
        givenName
        familyName
        birthYear
        surveillanceHold
      }
      relatives {
        id
        kind
        givenName
        familyName
        birthYear
        surveillanceHold
      }
      threatAssessment {
        level
        reach
        relocationRequired
        assessedOn
        reviewDue
        summary
        threatActors {
          id
          givenName
          familyName
        }
        threatNetworks {
          id
          name
        }
      }
      placementAssessment {
        assessedOn
        reviewDue
        minDistanceFromHomeKm
        suitable {
          code
          name
        }
        unsuitable {
          reason
          municipality {
            code
            name
          }
        }
      }
      linkRequests {
        id
        kind
        status
        conflictKind
        requestedAt
        decidedAt
      }
    }
  }
`);

/** One case with its household and assessments; null when it does not exist or is not the caller's to see. */
export function useCase(id: string) {
  return useQuery({ query: CaseSummaryQuery, variables: { id } });
}
