import type { GraphQLResolveInfo } from 'graphql';

/**
 * Top-level fields whose operation the interceptor took on. graphql-js hands guards, interceptor and
 * exception filter the same `info` object for one field, so the filter can tell a guard's refusal
 * (not in here: audit it) from an error the interceptor has already audited (in here: pass it on).
 */
export const auditedOperations = new WeakSet<GraphQLResolveInfo>();
