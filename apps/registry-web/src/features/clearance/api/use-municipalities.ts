import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const MunicipalityNamesQuery = graphql(`
  query MunicipalityNames {
    municipalities {
      code
      name
    }
  }
`);

/** The 290 municipalities (public reference data), to choose a destination by name. */
export function useMunicipalities() {
  return useQuery({ query: MunicipalityNamesQuery });
}
