import type { DemoClient } from './demo-client.js';

/** Mitt has no worked case in the demo; its intake is these referrals, not yet assessed. */
export const REFERRAL_REGION = 'MITT';
const REFERRED_FROM = '2281'; // Sundsvall

/** Invented names, as the rest of the demo's people are. */
const REFERRED = [
  ['Alm', 'Granåker'],
  ['Björk', 'Stenvik'],
  ['Ceder', 'Myrberg'],
  ['Dun', 'Tallsjö'],
  ['Ek', 'Forsgård'],
] as const;

/**
 * Five referrals in one region: what a busy month of intake looks like, and what lets the statistics page
 * show a figure at all. The demo's worked cases lie one in each of six regions, so every one of their counts
 * is 1 and hidden (threshold 5); five cases opened in Mitt in one month are a published figure.
 */
export async function openReferrals(client: DemoClient, token: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [givenName, familyName] of REFERRED) {
    const { registerPerson } = await client.request<{ registerPerson: { id: string } }>(
      token,
      'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }',
      { i: { kind: 'DEFECTOR', givenName, familyName } },
    );
    const { openCase } = await client.request<{ openCase: { id: string } }>(
      token,
      'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }',
      {
        i: {
          region: REFERRAL_REGION,
          homeMunicipalityCode: REFERRED_FROM,
          defectorId: registerPerson.id,
          // What the referral says; the assessments that make a case ELIGIBLE are still to come.
          eligibility: {
            meetsDefinition: true,
            motivated: true,
            consentToInformationExchange: true,
            signedConditions: false,
            evidencePerson: false,
          },
        },
      },
    );
    ids.push(openCase.id);
  }
  return ids;
}
