import { useCallback, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../../gql';
import type { ConflictTermsInput } from '../../../gql/graphql';

export const PersonalConflictsQuery = graphql(`
  query PersonalConflicts($personId: ID!) {
    personalConflicts(personId: $personId) {
      id
      personId
      otherPersonId
      kind
      personRole
      otherRole
      scope
      reason
      reviewDue
      recordedAt
      closure {
        closedAt
        closedBy
        reason
      }
    }
  }
`);

export const ReviewPersonalConflictMutation = graphql(`
  mutation ReviewPersonalConflict($id: ID!, $terms: ConflictTermsInput!) {
    reviewPersonalConflict(id: $id, terms: $terms) {
      id
      scope
      reviewDue
      reason
    }
  }
`);

export const ClosePersonalConflictMutation = graphql(`
  mutation ClosePersonalConflict($id: ID!, $reason: String!) {
    closePersonalConflict(id: $id, reason: $reason) {
      id
      closure {
        closedAt
        closedBy
        reason
      }
    }
  }
`);

/** One household member's conflicts, open and closed, from their side. */
export function usePersonalConflicts(personId: string) {
  const [result, reexecute] = useQuery({ query: PersonalConflictsQuery, variables: { personId } });
  return { ...result, reload: () => reexecute({ requestPolicy: 'network-only' }) };
}

/** Reviewing and closing: each a recorded, audited change the next check reads. */
export function useConflictChanges() {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const run = useCallback(async (operation: () => Promise<{ error?: CombinedError }>) => {
    setSubmitting(true);
    setError(undefined);
    const result = await operation();
    setSubmitting(false);
    if (result.error) setError(result.error);
    return !result.error;
  }, []);
  const review = useCallback(
    (id: string, terms: ConflictTermsInput) =>
      run(() => client.mutation(ReviewPersonalConflictMutation, { id, terms }, { additionalTypenames: ['PersonalConflict'] }).toPromise()),
    [client, run],
  );
  const close = useCallback(
    (id: string, reason: string) =>
      run(() => client.mutation(ClosePersonalConflictMutation, { id, reason }, { additionalTypenames: ['PersonalConflict'] }).toPromise()),
    [client, run],
  );
  return { submitting, error, review, close, clearError: () => setError(undefined) };
}
