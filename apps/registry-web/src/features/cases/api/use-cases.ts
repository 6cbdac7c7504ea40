import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const CasesQuery = graphql(`
  query Cases {
    cases {
      id
      reference
      region
      status
      eligible
      homeMunicipality {
        code
        name
      }
    }
  }
`);

/** The cases this officer may see (a regional unit: its own region's). */
export function useCases() {
  return useQuery({ query: CasesQuery, requestPolicy: 'cache-and-network' });
}
