import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const AuditCheckpointsQuery = graphql(`
  query AuditCheckpoints($last: Int!) {
    auditCheckpoints(last: $last) {
      seq
      at
      hash
    }
  }
`);

/** The newest signed checkpoints, newest first. */
export function useAuditCheckpoints(last: number) {
  return useQuery({ query: AuditCheckpointsQuery, variables: { last }, requestPolicy: 'network-only' });
}
