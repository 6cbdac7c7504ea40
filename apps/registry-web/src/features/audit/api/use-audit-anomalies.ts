import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const AuditAnomaliesQuery = graphql(`
  query AuditAnomalies($from: DateTime, $to: DateTime) {
    auditAnomalies(from: $from, to: $to) {
      kind
      actor
      count
      threshold
      windowStart
      windowEnd
      firstSeq
      lastSeq
      caseId
      municipalityCode
      actorCount
      limit
    }
  }
`);

/** Actors over a threshold between from and to (the API's default: the last 24 hours; at most 31 days). */
export function useAuditAnomalies(from?: string, to?: string) {
  return useQuery({ query: AuditAnomaliesQuery, variables: { from: from || null, to: to || null }, requestPolicy: 'cache-and-network' });
}
