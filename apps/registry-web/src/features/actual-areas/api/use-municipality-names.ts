import { useMemo } from 'react';
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

/** The 290 municipalities (public reference data), sorted by name, and a code → name map. */
export function useMunicipalityNames() {
  const [result] = useQuery({ query: MunicipalityNamesQuery });
  const list = useMemo(() => [...(result.data?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv')), [result.data]);
  const names = useMemo(() => new Map(list.map((m) => [m.code, m.name])), [list]);
  return { list, names };
}
