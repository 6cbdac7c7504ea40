import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query BreakGlassNotifications {
    notifications {
      id
      caseId
      caseReference
      officer
      reason
      grantedAt
      expiresAt
    }
  }
`);

/** Break-glass grants on the cases the caller is responsible officer of, newest first. */
export function useNotifications() {
  const context = useMemo(() => ({ additionalTypenames: ['BreakGlassGrant'] }), []);
  return useQuery({ query: NotificationsQuery, requestPolicy: 'cache-and-network', context });
}
