import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';

export const DestinationClearedQuery = graphql(`
  query DestinationCleared($caseReference: String!, $municipalityCode: String!) {
    destinationCleared(caseReference: $caseReference, municipalityCode: $municipalityCode) {
      cleared
    }
  }
`);

export type DestinationAnswer =
  { status: 'idle' } | { status: 'asking' } | { status: 'answered'; cleared: boolean } | { status: 'failed'; error: unknown };

/**
 * The home municipality's question about a destination for its own case. Limited per case (RATE_LIMITED
 * beyond ten distinct destinations in 24 hours, counted for the whole municipality); asked on demand only.
 */
export function useDestinationCleared() {
  const client = useClient();
  const [answer, setAnswer] = useState<DestinationAnswer>({ status: 'idle' });
  const ask = useCallback(
    async (caseReference: string, municipalityCode: string) => {
      setAnswer({ status: 'asking' });
      const result = await client
        .query(DestinationClearedQuery, { caseReference, municipalityCode }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) {
        setAnswer({ status: 'failed', error: result.error });
        return;
      }
      setAnswer({ status: 'answered', cleared: result.data.destinationCleared.cleared });
    },
    [client],
  );
  const reset = useCallback(() => setAnswer({ status: 'idle' }), []);
  return { answer, ask, reset };
}
