import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $actor: String
    $action: String
    $resourceId: String
    $from: DateTime
    $to: DateTime
    $refusedOnly: Boolean
    $first: Int!
    $after: String
  ) {
    auditEvents(
      actor: $actor
      action: $action
      resourceId: $resourceId
      from: $from
      to: $to
      refusedOnly: $refusedOnly
      first: $first
      after: $after
    ) {
      nextCursor
      events {
        seq
        at
        actor
        roles
        scope
        action
        outcome
        resourceType
        resourceId
        purpose
        requestId
        clientAddress
        hash
        prevHash
      }
    }
  }
`);

export interface AuditFilters {
  actor?: string;
  action?: string;
  /** the target of the event (resourceId) */
  resourceId?: string;
  /** ISO 8601 instants, inclusive */
  from?: string;
  to?: string;
  refusedOnly?: boolean;
}

/** One page of the chain, in chain order, from `after` (a cursor from the previous page). */
export function useAuditEvents(filters: AuditFilters, first: number, after: string | null) {
  const [result, reexecute] = useQuery({
    query: AuditEventsQuery,
    variables: {
      actor: filters.actor || null,
      action: filters.action || null,
      resourceId: filters.resourceId || null,
      from: filters.from || null,
      to: filters.to || null,
      refusedOnly: filters.refusedOnly || null,
      first,
      after,
    },
    requestPolicy: 'network-only',
  });
  const events = useMemo(() => result.data?.auditEvents.events ?? [], [result.data]);
  return { result, events, nextCursor: result.data?.auditEvents.nextCursor ?? null, reexecute };
}

/** The CSV export of what the filters select: a plain link; the server adds the stored purpose. */
export function exportHref(filters: AuditFilters): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.action) params.set('action', filters.action);
  if (filters.resourceId) params.set('resourceId', filters.resourceId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.refusedOnly) params.set('refusedOnly', 'true');
  const query = params.toString();
  return query ? `/audit/export.csv?${query}` : '/audit/export.csv';
}
