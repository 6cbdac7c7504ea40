import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';

export const KnownLocationsQuery = graphql(`
  query KnownLocations($personId: ID!) {
    person(id: $personId) {
      id
      givenName
      familyName
    }
    knownLocations(personId: $personId) {
      id
      personId
      municipalityCode
      validFrom
      validTo
      closure {
        closedAt
        closedBy
        reason
      }
    }
  }
`);

export const KnownLocationMunicipalitiesQuery = graphql(`
  query KnownLocationMunicipalities {
    municipalities {
      code
      name
    }
  }
`);

export const CloseKnownLocationMutation = graphql(`
  mutation CloseKnownLocation($id: ID!, $reason: String!) {
    closeKnownLocation(id: $id, reason: $reason) {
      id
      closure {
        closedAt
        closedBy
        reason
      }
    }
  }
`);

/** Who one person is and where they are or were known to stay, open and closed; NOT_FOUND when the caller may not see them. */
export function useKnownLocations(personId: string) {
  // An empty list holds no KnownLocation: name the type, so a closing elsewhere refreshes it too.
  const context = useMemo(() => ({ additionalTypenames: ['KnownLocation'] }), []);
  return useQuery({ query: KnownLocationsQuery, variables: { personId }, context });
}

/** Municipality names by code, for the locations' codes (public data). */
export function useMunicipalityNames(): ReadonlyMap<string, string> {
  const [{ data }] = useQuery({ query: KnownLocationMunicipalitiesQuery });
  return useMemo(() => new Map((data?.municipalities ?? []).map((m) => [m.code, m.name])), [data]);
}

/** Closing a location lifts THREAT_ACTOR_PRESENCE there: the case's checks and rankings are read again. */
export function useCloseKnownLocation() {
  const [state, execute] = useMutation(CloseKnownLocationMutation);
  const close = (id: string, reason: string) =>
    execute({ id, reason }, { additionalTypenames: ['KnownLocation', 'CheckResult', 'Proposal'] });
  return { ...state, close };
}
