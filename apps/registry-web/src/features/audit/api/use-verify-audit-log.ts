import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';
import type { VerifyAuditLogQuery as Verification } from '../../../gql/graphql';

export const VerifyAuditLogQuery = graphql(`
  query VerifyAuditLog {
    verifyAuditLog {
      valid
      checkedEvents
      firstInvalidSeq
      lastSignedCheckpointSeq
      reason
    }
  }
`);

export type VerifyState =
  | { status: 'idle' }
  | { status: 'verifying' }
  | { status: 'done'; verification: Verification['verifyAuditLog'] }
  | { status: 'failed'; error: unknown };

/** Walks the whole chain and every signed checkpoint on the server; asked on demand, never from cache. */
export function useVerifyAuditLog() {
  const client = useClient();
  const [state, setState] = useState<VerifyState>({ status: 'idle' });
  const verify = useCallback(async () => {
    setState({ status: 'verifying' });
    const result = await client.query(VerifyAuditLogQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) setState({ status: 'failed', error: result.error });
    else setState({ status: 'done', verification: result.data.verifyAuditLog });
  }, [client]);
  return { state, verify };
}
