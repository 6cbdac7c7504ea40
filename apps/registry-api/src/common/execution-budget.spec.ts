import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from '@jest/globals';
import { GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldConfigMap } from 'graphql';
import { executionBudgetPlugin, withExecutionBudget, type ExecutionBudget } from './execution-budget.js';

interface Place {
  name: string;
}

/** Ten places, each near the ten: every list resolves at once, as the municipalities' neighbours do. */
function makeSchema() {
  let calls = 0;
  let descriptions = 0;
  const places: Place[] = Array.from({ length: 10 }, (_, i) => ({ name: `place ${i}` }));
  const place: GraphQLObjectType = new GraphQLObjectType({
    name: 'Place',
    fields: (): GraphQLFieldConfigMap<Place, unknown> => ({
      name: { type: new GraphQLNonNull(GraphQLString), resolve: (p) => ((calls += 1), p.name) },
      description: { type: new GraphQLNonNull(GraphQLString), resolve: () => ((descriptions += 1), 'x'.repeat(1_000)) },
      near: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(place))), resolve: () => ((calls += 1), places) },
      slowly: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(place))),
        resolve: async () => {
          await new Promise((resolve) => setTimeout(resolve, 40));
          return places;
        },
      },
    }),
  });
  const list = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(place)));
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { places: { type: list, resolve: () => places } } }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        rename: {
          type: new GraphQLNonNull(place),
          args: { name: { type: GraphQLString } },
          resolve: (_s, args: { name: string }) => ({ name: args.name }),
        },
      },
    }),
  });
  return { schema, calls: () => calls, descriptions: () => descriptions };
}

const GENEROUS: ExecutionBudget = { maxFields: 1_000_000, maxResponseBytes: 100_000_000, deadlineMs: 60_000 };

/** `settleMs`: how long resolvers still under way after the answer may take to finish, before the server stops. */
async function run(budget: ExecutionBudget, query: string, settleMs = 0) {
  const fixture = makeSchema();
  const server = new ApolloServer({ schema: withExecutionBudget(fixture.schema), plugins: [executionBudgetPlugin(budget)] });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, status: response.http.status, fixture };
  } finally {
    await server.stop();
  }
}

/** A place has ten places near it, resolved synchronously: a list of lists of lists is a runaway in one stretch. */
const RUNAWAY = '{ places { near { near { near { near { near { name } } } } } } }';

describe('execution budget', () => {
  it('leaves a query within its budget alone', async () => {
    const { result, status } = await run(GENEROUS, '{ places { name near { name } } }');
    expect(result.errors).toBeUndefined();
    expect(status).toBeUndefined();
    expect((result.data?.['places'] as unknown[]).length).toBe(10);
  });

  it('stops a synchronous runaway at its field budget: one clear error, no partial answer', async () => {
    const { result, status, fixture } = await run({ ...GENEROUS, maxFields: 2_000 }, RUNAWAY);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: expect.stringMatching(/^The query is too expensive: it resolved more than 2000 fields/),
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(status).toBe(400);
    // A million names were asked for; the resolvers ran about as often as the budget allows.
    expect(fixture.calls()).toBeLessThanOrEqual(2_000);
  });

  it('stops a query whose answer grows past its size budget', async () => {
    const { result, fixture } = await run({ ...GENEROUS, maxResponseBytes: 50_000 }, '{ places { near { near { description } } } }');
    expect(result.errors?.[0]?.message).toMatch(/^The query is too expensive: its answer grew past 50000 bytes/);
    expect(result.data).toBeUndefined();
    // 1,000 descriptions of 1 KB were asked for; the count stops about 50 KB in.
    expect(fixture.descriptions()).toBeLessThan(100);
  });

  it('stops a slow query at its deadline', async () => {
    const { result } = await run({ ...GENEROUS, deadlineMs: 100 }, '{ places { slowly { slowly { slowly { name } } } } }', 300);
    expect(result.errors?.[0]?.message).toMatch(/^The query is too expensive: it ran past 100 ms/);
    expect(result.data).toBeUndefined();
  });

  it('leaves mutations to the cost estimate: their change is made, their answer whole', async () => {
    const { result } = await run({ ...GENEROUS, maxFields: 5 }, 'mutation { rename(name: "new") { name near { name } } }');
    expect(result.errors).toBeUndefined();
    expect((result.data?.['rename'] as { near: unknown[] }).near).toHaveLength(10);
  });
});
