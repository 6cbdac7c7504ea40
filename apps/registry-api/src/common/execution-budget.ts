import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { QueryTooExpensiveError } from './errors.js';

/**
 * What one query may use while it runs, whatever its estimate said (lists longer than their assumed
 * size, a slow database). Checked at every field it resolves, so a runaway stops at the next field:
 * graphql-js resolves a list of lists in one synchronous stretch that no request timeout interrupts.
 *
 * - 20,000 fields: at the 8 to 15 µs a field this service takes, a quarter of a second of work at most,
 *   in what may be one synchronous stretch (the heaviest query of the contract, all 290 ranked
 *   destinations with everything, resolves 6,800; the estimate over-counts, so this is below its limit);
 * - 4 MiB of answer, counted as JSON while it is built (a few per cent above the real size): more than
 *   ten times the largest answer of the contract (the 290 municipalities with their neighbours, 320 KB);
 * - 10 s, a third of the request timeout, for work that waits on the database.
 */
export const EXECUTION_BUDGET = { maxFields: 20_000, maxResponseBytes: 4 * 1024 * 1024, deadlineMs: 10_000 };

export type ExecutionBudget = typeof EXECUTION_BUDGET;

/** Where a request's running count lives: on its GraphQL context, set when its execution starts. */
const SPENT = Symbol('executionBudget');

/** What one running query has used so far, and why it was stopped, once it has been. */
class Spending {
  private fields = 0;
  private bytes = 0;
  private readonly deadline: number;
  stopped: QueryTooExpensiveError | null = null;

  constructor(private readonly budget: ExecutionBudget) {
    this.deadline = performance.now() + budget.deadlineMs;
  }

  /** Counts one more field; the reason to stop, if the budget is spent. */
  enter(): QueryTooExpensiveError | null {
    if (this.stopped) return this.stopped;
    this.fields += 1;
    if (this.fields > this.budget.maxFields)
      this.stopped = new QueryTooExpensiveError(`it resolved more than ${this.budget.maxFields} fields`);
    else if (this.bytes > this.budget.maxResponseBytes) {
      this.stopped = new QueryTooExpensiveError(`its answer grew past ${this.budget.maxResponseBytes} bytes`);
    } else if (performance.now() > this.deadline) this.stopped = new QueryTooExpensiveError(`it ran past ${this.budget.deadlineMs} ms`);
    return this.stopped;
  }

  /** About what `"key":value,` adds to the JSON answer. An object adds its braces; its fields count as they resolve. */
  answered(key: string | number, value: unknown): void {
    this.bytes += String(key).length + 4 + valueBytes(value);
  }
}

function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value instanceof Date) return 26;
  if (Array.isArray(value))
    return 2 + value.reduce<number>((sum, item) => sum + 1 + (typeof item === 'object' && item !== null ? 2 : valueBytes(item)), 0);
  return 2;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Puts every field of the schema under its request's budget (executionBudgetPlugin opens one per
 * query). A field past the budget resolves to a rejected promise, not a throw: when a field throws,
 * graphql-js 16 drops the promises of sibling fields and items already under way, and once the budget
 * is spent those would all fail, unhandled, which ends a Node process.
 */
export function withExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Record<symbol, Spending | undefined> | undefined, info) => {
        const spending = context?.[SPENT];
        if (!spending) return resolve(source, args, context, info);
        const stopped = spending.enter();
        if (stopped) return Promise.reject(stopped);
        const result: unknown = resolve(source, args, context, info);
        if (isPromise(result)) {
          result.then(
            (value) => spending.answered(info.path.key, value),
            () => undefined,
          );
        } else spending.answered(info.path.key, result);
        return result;
      };
    }
  }
  return schema;
}

/**
 * Opens a budget for each query, and answers a query stopped by it with one BAD_USER_INPUT error and no
 * partial data. Mutations are left to the cost estimate, which bounds what they select: stopping one
 * halfway through its answer would hide a change it has already made.
 */
export function executionBudgetPlugin(budget: ExecutionBudget = EXECUTION_BUDGET): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let spending: Spending | undefined;
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation !== 'query') return;
          spending = new Spending(budget);
          (contextValue as Record<symbol, Spending>)[SPENT] = spending;
        },
        async willSendResponse({ response }) {
          const stopped = spending?.stopped;
          if (!stopped || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message: stopped.message, extensions: { code: stopped.code } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
