import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { EXECUTION_BUDGET, executionBudgetPlugin, withExecutionBudget } from './execution-budget.js';
import { MAX_QUERY_COST, queryCostPlugin } from './query-cost.js';

/**
 * Limits on what one GraphQL document may ask for: a deep or wide query is an easy way to make a
 * register do a lot of decryption, or a lot of synchronous work, for one request.
 *
 * Depth counts fields, the leaf included (fragments add none). The deepest query of the contract that
 * visits no type twice is 8 deep, `alerts { placement { case { placementAssessment { unsuitable {
 * municipality { county { code } } } } } } }`; one level more leaves room for a municipality's
 * neighbours along it. Anything deeper goes round a cycle (a proposal's case's proposals, neighbours of
 * neighbours) and gives nothing new. The cost (query-cost.ts) and the execution budget
 * (execution-budget.ts) bound what a query may cost within that depth.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 9,
  maxCost: MAX_QUERY_COST,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  ...EXECUTION_BUDGET,
};

export interface GraphQLHardening {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** Applied to the built schema: every field resolves under its request's execution budget. */
  transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
}

/** `deadlineMs`: the operator's QUERY_DEADLINE_MS (10 s, EXECUTION_BUDGET's, unless set). */
export function graphqlHardening(production: boolean, deadlineMs: number): GraphQLHardening {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: !production, flattenFragments: true },
    // Replaced by queryCostPlugin, whose cost grows with list sizes.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    // graphql-armor resolves @apollo/server's CommonJS typings, we its ESM ones: the same plugin shape.
    plugins: [
      ...(plugins as unknown as ApolloServerPlugin[]),
      queryCostPlugin(GRAPHQL_LIMITS.maxCost),
      executionBudgetPlugin({ ...EXECUTION_BUDGET, deadlineMs }),
      // Apollo works out a cache hint at every field, and no answer of a register is ever cached:
      // without it a large answer takes about a third less time.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules,
    transformSchema: withExecutionBudget,
  };
}
