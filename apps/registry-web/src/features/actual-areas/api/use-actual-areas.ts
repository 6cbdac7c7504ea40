import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const ActualAreasQuery = graphql(`
  query ActualAreas($personId: ID!) {
    actualAreas(personId: $personId) {
      id
      personId
      municipalityCode
      kind
      confidence
      validFrom
      validTo
      sourceNote
      ended
    }
  }
`);

/** One person's actual areas (ended ones too); NOT_FOUND when the caller may not see the person. */
export function useActualAreas(personId: string) {
  // An empty list holds no ActualArea: name the type, so that adding the first one refreshes it.
  const context = useMemo(() => ({ additionalTypenames: ['ActualArea'] }), []);
  return useQuery({ query: ActualAreasQuery, variables: { personId }, context });
}
