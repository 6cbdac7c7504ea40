import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedTestApp, startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE } from '../support/graphql-answers.js';

// GraphQL answers are read field by field; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions: { code: string } }[] };

const DESTINATIONS = ['2480', '0180', '1480']; // Umeå, Stockholm, Göteborg
const CASES = 3;
/** Every case's proposals, and through each proposal its case's proposals again: field resolvers read side by side. */
const NESTED = '{ cases { id proposals { id case { id proposals { id } } } } }';

/**
 * Field resolvers of one request read at the same time (a case's proposals beside another case's, each
 * loading its rows and keys). On the embedded database those reads share one PGlite session, where they
 * once interleaved mid-statement and answered INTERNAL_SERVER_ERROR now and then.
 */
describe.each([
  ['PostgreSQL', startTestApp],
  ['the embedded database (PGlite)', startEmbeddedTestApp],
])('nested reads on %s', (_name, start) => {
  let app: TestApp;
  let token: string;
  const proposalsByCase = new Map<string, string[]>();

  async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH nested read test', variables })).body as Body;
  }

  beforeAll(async () => {
    // What this asks is whether concurrent reads interleave correctly, not how fast: on a busy machine (two
    // jest workers beside PostgreSQL) the embedded database's 30 reads once ran past the 10-second default.
    app = await start({ QUERY_DEADLINE_MS: '120000' });
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'nested-reader' });
    for (let c = 0; c < CASES; c += 1) {
      const person = await gql('mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName: `Nested${c}`, familyName: 'Reader' },
      });
      expect(person.errors).toBeUndefined();
      const opened = await gql('mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region: 'SYD', homeMunicipalityCode: '1280', defectorId: person.data?.registerPerson.id, eligibility: ELIGIBLE },
      });
      expect(opened.errors).toBeUndefined();
      const caseId: string = opened.data?.openCase.id;
      const proposals: string[] = [];
      for (const municipalityCode of DESTINATIONS) {
        const proposed = await gql('mutation($i: ProposalInput!) { submitProposal(input: $i) { id } }', {
          i: { caseId, municipalityCode, housingType: 'HVB', startDate: '2027-01-01', endDate: '2027-06-30' },
        });
        expect(proposed.errors).toBeUndefined();
        proposals.push(proposed.data?.submitProposal.id);
      }
      proposalsByCase.set(caseId, proposals.sort());
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('answers the nested query 30 times, three at a time, always without errors and always the same', async () => {
    const failures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const bodies = await Promise.all([gql(NESTED), gql(NESTED), gql(NESTED)]);
      for (const body of bodies) {
        if (body.errors) {
          failures.push(...body.errors.map((e) => `${e.extensions.code} at ${JSON.stringify(e.path)}`));
          continue;
        }
        expect(body.data?.cases).toHaveLength(CASES);
        for (const found of body.data?.cases ?? []) {
          const ids = (found.proposals as { id: string; case: { id: string; proposals: { id: string }[] } }[]).map((p) => {
            expect(p.case.id).toBe(found.id);
            expect(p.case.proposals.map((again) => again.id).sort()).toEqual(proposalsByCase.get(found.id));
            return p.id;
          });
          expect(ids.sort()).toEqual(proposalsByCase.get(found.id));
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
