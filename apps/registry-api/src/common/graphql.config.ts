import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config/configuration.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.plugin.js';
import type { Metrics } from '../observability/metrics.js';
import { formatGraphQLError } from './graphql-error-format.js';
import { graphqlHardening } from './graphql-hardening.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

/** The contract declares Date even where no field uses it yet; code-first adds it only once a field does. */
function declareContractScalars(schema: GraphQLSchema): GraphQLSchema {
  if (schema.getType(DateScalar.name)) return schema;
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, DateScalar] });
}

/** Apollo settings. In production the schema is not advertised: no introspection, no field suggestions. */
export function graphqlOptions(config: AppConfig, metrics: Metrics): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const hardening = graphqlHardening(production, config.queryDeadlineMs);
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // One operation per request, and no simple GET or form posts that a browser could be tricked into sending.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: hardening.validationRules,
    plugins: [...hardening.plugins, graphqlMetricsPlugin(metrics)],
    // Let an error's extensions.http.status through: RATE_LIMITED answers 429 as the contract says.
    preserveHttpStatusForExecutionErrors: false,
    buildSchemaOptions: {
      dateScalarMode: 'isoDate',
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    },
    transformSchema: (schema) => hardening.transformSchema(declareContractScalars(schema)),
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: formatGraphQLError,
  };
}
