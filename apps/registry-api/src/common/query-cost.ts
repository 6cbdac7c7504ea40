import type { ApolloServerPlugin } from '@apollo/server';
import type { Complexity, ComplexityEstimatorArgs } from '@nestjs/graphql';
import { getNullableType, getVariableValues, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooExpensiveError } from './errors.js';

/**
 * What one request may ask for, in resolved fields: every field costs 1, and a list field costs 1 plus
 * its size times the cost of what is asked of each item. The estimate is an upper bound wherever a list
 * declares its size (`listOf`): the 290 municipalities, at most 10 neighbours, `limit` results of a
 * ranking, `first` audit events, a flag of each code at most. 30,000 leaves room for every query of the
 * contract (the heaviest, all 290 ranked destinations with their municipality, county, neighbours and
 * flags, costs 21,751) and none for a list of lists of lists: four levels of neighbours under the
 * municipalities cost 3.2 million, and two already 32,191.
 */
export const MAX_QUERY_COST = 30_000;

/** The size assumed of a list that declares none (cases, proposals, networks, alerts, …). */
export const DEFAULT_LIST_SIZE = 10;

type ListSize = number | ((args: Record<string, unknown>) => number);

/**
 * The cost of a list field of at most `size` items (a number, or one read from the field's arguments),
 * for `@Field`, `@Query` or `@ResolveField({ complexity })`.
 */
export function listOf(size: ListSize): Complexity {
  return ({ args, childComplexity }: ComplexityEstimatorArgs) => 1 + (typeof size === 'number' ? size : size(args)) * childComplexity;
}

/** An integer argument as a list size: missing or nonsense is 0 (the resolver refuses it), never above `max`. */
export function sizeArgument(name: string, max: number): (args: Record<string, unknown>) => number {
  return (args) => {
    const value = args[name];
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), max) : 0;
  };
}

/** Any field without a declared cost: a list is DEFAULT_LIST_SIZE items, anything else one. */
const byShape: ComplexityEstimator = ({ field, childComplexity }) =>
  1 + (isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE : 1) * childComplexity;

/** Introspection is not estimated: production turns it off, so only development tools reach it (as with the depth limit). */
const introspection: ComplexityEstimator = ({ field }) => (field.name === '__schema' || field.name === '__type' ? 0 : undefined);

const ESTIMATORS = [introspection, fieldExtensionsEstimator(), byShape];

/** The estimated cost of one operation of `document` with these (valid) variables. */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: ESTIMATORS });
}

/**
 * Refuses, before anything runs, an operation whose estimated cost is over `maxCost`, counted with the
 * request's variables (`limit: $n` counts as the n it is). Nothing of the query is echoed back.
 */
export function queryCostPlugin(maxCost = MAX_QUERY_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          // Variables that do not fit the operation are refused by execution, with its own message.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 }).errors) return;
          let cost: number;
          try {
            cost = estimateQueryCost(schema, document, variables, operation.name?.value);
          } catch {
            // e.g. fragments that spread into more than the estimator will walk: too expensive by any measure.
            cost = Infinity;
          }
          if (cost > maxCost) throw new QueryTooExpensiveError(`its estimated cost is over the limit of ${maxCost}`);
        },
      };
    },
  };
}
