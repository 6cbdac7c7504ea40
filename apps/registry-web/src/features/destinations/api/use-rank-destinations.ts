import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const RankDestinationsQuery = graphql(`
  query RankDestinations($caseId: ID!, $startDate: Date, $endDate: Date) {
    case(id: $caseId) {
      id
      homeMunicipality {
        code
      }
    }
    rankDestinations(caseId: $caseId, startDate: $startDate, endDate: $endDate, limit: 290) {
      cleared
      checkedAt
      municipality {
        code
        name
        policeRegion
        county {
          code
          name
        }
      }
      flags {
        code
        severity
        message
      }
    }
  }
`);

export interface Period {
  startDate?: string;
  endDate?: string;
}

/**
 * The checker's verdict on all 290 municipalities for a case (cleared first, best first), with the case's
 * home municipality. Without a period the API checks today to today + 180 days.
 */
export function useRankDestinations(caseId: string, period: Period) {
  return useQuery({
    query: RankDestinationsQuery,
    variables: { caseId, startDate: period.startDate ?? null, endDate: period.endDate ?? null },
  });
}
