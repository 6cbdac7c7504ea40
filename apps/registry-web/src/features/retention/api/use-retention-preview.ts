import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const RetentionPreviewQuery = graphql(`
  query RetentionPreview {
    retentionPreview {
      asOf
      job
      kinds {
        kind
        retentionDays
        lastExpiredDay
        expiredBefore
        expired
      }
    }
  }
`);

/** The retention schedule's dry run: counts per kind, asked fresh each time (it changes with the clock). */
export function useRetentionPreview() {
  return useQuery({ query: RetentionPreviewQuery, requestPolicy: 'network-only' });
}
