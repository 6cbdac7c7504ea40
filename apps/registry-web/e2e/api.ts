import { CONSOLE_E2E_URL } from './service.js';

/** What the API itself answers, asked with a demo token from the test process (never from a page). */
export async function graphqlAs<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${CONSOLE_E2E_URL}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-Access-Purpose': 'AVH console browser test oracle',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface RankedDestination {
  municipality: { code: string };
  cleared: boolean;
  flags: { code: string; severity: string }[];
}

/** The map's verdicts as the console must derive them from rankDestinations (CONSOLE.md). */
export function expectedVerdicts(ranked: readonly RankedDestination[], home: string): Map<string, string> {
  return new Map(
    ranked.map((r) => [
      r.municipality.code,
      r.municipality.code === home ? 'home' : !r.cleared ? 'blocked' : r.flags.some((f) => f.severity === 'WARN') ? 'warning' : 'cleared',
    ]),
  );
}
