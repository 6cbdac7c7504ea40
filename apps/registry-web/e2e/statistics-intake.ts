import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CONSOLE_E2E_URL, REPO_ROOT } from './service.js';

const run = promisify(execFile);

/** How many cases the intake opens: the statistics threshold, so that one figure is published. */
export const INTAKE_CASES = 5;
export const INTAKE_REGION = 'MITT';

/**
 * Opens five cases in MITT (where the demo has none) through the API. The demo's six cases lie in six regions,
 * so none of its figures reaches the threshold of 5 and the statistics page would show only "–" and zeros;
 * these stand in until the demo opens enough cases of one region itself.
 */
export async function openStatisticsIntake(env: NodeJS.ProcessEnv): Promise<void> {
  const cli = join(REPO_ROOT, 'dist/apps/registry-cli/src/main.js');
  const { stdout } = await run(process.execPath, [cli, 'token', '--role', 'POLICE_NATIONAL'], { cwd: REPO_ROOT, env });
  const token = stdout.trim();
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${CONSOLE_E2E_URL}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'X-Access-Purpose': 'AVH console e2e: statistics intake',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`statistics intake failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  for (let i = 0; i < INTAKE_CASES; i++) {
    const person = await gql('mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      i: { kind: 'DEFECTOR', givenName: `Intag${i}`, familyName: 'Låtsasberg' },
    });
    await gql('mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
      i: {
        region: INTAKE_REGION,
        homeMunicipalityCode: '2281',
        defectorId: person.registerPerson!.id,
        eligibility: {
          meetsDefinition: true,
          motivated: true,
          consentToInformationExchange: true,
          signedConditions: true,
          evidencePerson: false,
        },
      },
    });
  }
}
