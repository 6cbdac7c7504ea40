import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/**
 * Limits on what one GraphQL document may ask for, from graphql-armor: a deep or wide query is an easy
 * way to make a register do a lot of decryption for one request. The numbers leave room for every query
 * a client of the contract needs (the deepest, a case with its proposals' checks, is 5 levels).
 */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxCost: 20_000, maxAliases: 15, maxDirectives: 20, maxTokens: 2_000 };

export function graphqlHardening(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: !production },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: !production },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor resolves @apollo/server's CommonJS typings, we its ESM ones: the same plugin shape.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
