import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const OpenAlertsQuery = graphql(`
  query OpenAlerts {
    alerts(acknowledged: false) {
      id
      raisedAt
      acknowledged
      flags {
        code
        severity
        message
      }
      placement {
        id
        startDate
        endDate
        municipality {
          code
          name
        }
        case {
          id
          reference
        }
      }
    }
  }
`);

/** Active placements that a change of facts has made blocked, not yet acknowledged. */
export function useOpenAlerts() {
  const context = useMemo(() => ({ additionalTypenames: ['Alert'] }), []);
  return useQuery({ query: OpenAlertsQuery, requestPolicy: 'cache-and-network', context });
}
