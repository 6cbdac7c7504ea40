import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import type { TestApp } from '../support/test-app.js';

// Response bodies are checked by assertions, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };

/** Another instance of the service on the same database and key ring file: a replica behind the load balancer. */
export interface Replica {
  graphql(token: string, query: string, variables?: Record<string, unknown>): Promise<Body>;
  registry: RunningRegistry;
  close(): Promise<void>;
}

/** `keyringFile`: the replica's own copy of the key ring (an instance the operator hands files to one by one). */
export async function startReplica(app: TestApp, keyringFile?: string): Promise<Replica> {
  const config = keyringFile ? { ...app.config, keyringFile } : app.config;
  const registry = await createRegistry(config, { logStream: { write: () => undefined } });
  await registry.app.init();
  return {
    registry,
    async graphql(token, query, variables = {}) {
      const response = await request(registry.app.getHttpServer() as App)
        .post('/graphql')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Access-Purpose', 'key custody test')
        .send({ query, variables });
      return response.body as Body;
    },
    close: () => registry.close(),
  };
}

export function graphqlOf(app: TestApp): (token: string, query: string, variables?: Record<string, unknown>) => Promise<Body> {
  return async (token, query, variables = {}) => (await app.graphql(query, { token, purpose: 'key custody test', variables })).body as Body;
}

/** What `npm run keys` sees: the test service's database and its key ring under DATA_DIR. */
export function cliEnv(app: TestApp): NodeJS.ProcessEnv {
  return { DATABASE_URL: app.database.url, DATA_DIR: app.config.dataDir, REGISTRY_OPERATOR: 'key-custodian' };
}

/** A valid, invented personnummer (YYYYMMDD-NNNC) for birth date `yyyymmdd` and serial `nnn`: the Luhn check digit is computed. */
export function identityNumber(yyyymmdd: string, nnn: string): string {
  const digits = `${yyyymmdd.slice(2)}${nnn}`;
  let sum = 0;
  for (const [i, ch] of [...digits].entries()) {
    const product = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return `${yyyymmdd}-${nnn}${(10 - (sum % 10)) % 10}`;
}

export interface Household {
  caseId: string;
  reference: string;
  defectorId: string;
  relativeId: string;
}

const CASE_FIELDS =
  'id reference status homeMunicipality { code } defector { id givenName familyName } relatives { id givenName familyName } threatAssessment { summary }';

export const READ_CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
export const READ_CASE_BY_REFERENCE = `query($r: String!) { caseByReference(reference: $r) { ${CASE_FIELDS} } }`;
export const READ_PERSON = 'query($id: ID!) { person(id: $id) { id givenName familyName } }';
export const FIND_PERSON = 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id givenName } }';

export interface HouseholdNames {
  defector: [givenName: string, familyName: string];
  relative: [givenName: string, familyName: string];
  defectorNumber: string;
  summary: string;
}

/** Registers a defector and a relative with these names, opens a case for them and records a threat assessment with `summary`. */
export async function openHousehold(
  gql: (token: string, query: string, variables?: Record<string, unknown>) => Promise<Body>,
  token: string,
  names: HouseholdNames,
): Promise<Household> {
  const register = async (kind: string, [givenName, familyName]: [string, string], personalIdentityNumber?: string) => {
    const body = await gql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind, givenName, familyName, personalIdentityNumber },
    });
    if (body.errors) throw new Error(`registerPerson: ${body.errors[0]?.extensions.code}`);
    return body.data?.registerPerson.id as string;
  };
  const defectorId = await register('DEFECTOR', names.defector, names.defectorNumber);
  const relativeId = await register('RELATIVE', names.relative);
  const opened = await gql(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
    i: {
      region: 'SYD',
      homeMunicipalityCode: '1280',
      defectorId,
      relativeIds: [relativeId],
      eligibility: {
        meetsDefinition: true,
        motivated: true,
        consentToInformationExchange: true,
        signedConditions: true,
        evidencePerson: false,
      },
    },
  });
  if (opened.errors) throw new Error(`openCase: ${opened.errors[0]?.extensions.code}`);
  const { id: caseId, reference } = opened.data?.openCase as { id: string; reference: string };
  const assessed = await gql(
    token,
    'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }',
    {
      c: caseId,
      i: {
        level: 'HIGH',
        reach: 'REGIONAL',
        relocationRequired: true,
        assessedOn: '2026-01-10',
        reviewDue: '2026-07-10',
        summary: names.summary,
      },
    },
  );
  if (assessed.errors) throw new Error(`recordThreatAssessment: ${assessed.errors[0]?.extensions.code}`);
  return { caseId, reference, defectorId, relativeId };
}
