import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Metrics } from './metrics.js';

/** Top-level field names of the operation, e.g. "checkDestination"; a bounded set, fixed by the schema. */
function operationLabel(operation: OperationDefinitionNode | undefined | null): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections
    .filter((s) => s.kind === Kind.FIELD)
    .map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
  return fields.length === 0 ? 'none' : [...new Set(fields)].sort().join(',');
}

/** Counts and times every GraphQL request; refused ones count by the code they were refused with. */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response, errors }) {
          const label = operationLabel(operation);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const code = (body?.errors ?? errors)?.[0]?.extensions?.['code'];
          metrics.requests.inc({ operation: label, outcome: typeof code === 'string' ? code : 'ok' });
          metrics.requestDuration.observe({ operation: label }, seconds);
        },
      };
    },
  };
}
