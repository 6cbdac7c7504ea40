import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const ConditionAreaMunicipalitiesQuery = graphql(`
  query ConditionAreaMunicipalities {
    municipalities {
      code
      name
    }
  }
`);

/** The 290 municipalities (public reference data), to name the areas a defector must stay away from. */
export function useAreaMunicipalities() {
  return useQuery({ query: ConditionAreaMunicipalitiesQuery });
}
