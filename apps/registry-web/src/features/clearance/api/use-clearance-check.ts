import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';
import type { ClearanceCheckQuery as ClearanceCheckResult } from '../../../gql/graphql';

/** Only `cleared` is asked for: the municipality learns whether it is cleared now, nothing about the case. */
export const ClearanceCheckQuery = graphql(`
  query ClearanceCheck($reference: String!) {
    clearance(reference: $reference) {
      cleared
    }
  }
`);

export type ClearanceAnswer =
  { status: 'idle' } | { status: 'asking' } | { status: 'answered'; cleared: boolean } | { status: 'failed'; error: unknown };

/**
 * Asked on demand, always of the network (the verdict is the checker's now, never a cached one). A
 * reference that is unknown or not addressed to this municipality answers as "Not cleared": the page
 * says nothing more, whatever the reason.
 */
export function useClearanceCheck() {
  const client = useClient();
  const [answer, setAnswer] = useState<ClearanceAnswer>({ status: 'idle' });
  const check = useCallback(
    async (reference: string) => {
      setAnswer({ status: 'asking' });
      const result = await client.query(ClearanceCheckQuery, { reference }, { requestPolicy: 'network-only' }).toPromise();
      const data: ClearanceCheckResult | undefined = result.data;
      if (result.error && !result.error.graphQLErrors.some((error) => error.extensions?.code === 'NOT_FOUND')) {
        setAnswer({ status: 'failed', error: result.error });
        return;
      }
      setAnswer({ status: 'answered', cleared: data?.clearance?.cleared === true });
    },
    [client],
  );
  const reset = useCallback(() => setAnswer({ status: 'idle' }), []);
  return { answer, check, reset };
}
