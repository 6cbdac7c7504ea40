import type { DemoClient } from './demo-client.js';

/** The demo case whose defector signed conditions, one of which is breached (docs/conditions.md). */
export const DEMO_CONDITIONS_CASE = 'stockholm';

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const ADD = 'mutation($c: ID!, $i: AddConditionInput!) { addCondition(caseId: $c, input: $i) { id } }';
const RECORD = 'mutation($id: ID!, $i: RecordComplianceInput!) { recordCompliance(conditionId: $id, input: $i) { id } }';

/**
 * Three signed conditions with compliance over the last weeks: network contact kept, drug tests kept, and the
 * home area visited once: a breach, which raises a review for the responsible officer and the contact officer
 * (the console's development sign-in of the region is the case's contact officer). Invented, like the rest.
 */
export async function recordDemoConditions(
  client: DemoClient,
  token: string,
  caseId: string,
  home: string,
  today: string,
): Promise<number> {
  const signedOn = addDays(today, -45);
  const notify = ['RESPONSIBLE_OFFICER', 'CONTACT_OFFICER', 'LOCAL_COORDINATOR'];
  const add = async (input: Record<string, unknown>) =>
    (await client.request<{ addCondition: { id: string } }>(token, ADD, { c: caseId, i: { signedOn, notify, ...input } })).addCondition.id;
  const record = (id: string, compliance: string, daysAgo: number, note?: string) =>
    client.request(token, RECORD, { id, i: { compliance, observedOn: addDays(today, -daysAgo), note: note ?? null } });

  const contact = await add({ kind: 'NO_NETWORK_CONTACT', breachRule: 'Demo: any contact with the network, in person or online' });
  await record(contact, 'MET', 30);
  await record(contact, 'MET', 14);
  const tests = await add({ kind: 'DRUG_TESTS', breachRule: 'Demo: a positive test, or a test missed without a reason' });
  await record(tests, 'MET', 28);
  await record(tests, 'PARTLY', 14, 'Demo: one test two days late, with a doctor’s note');
  const area = await add({
    kind: 'STAY_AWAY_FROM_AREA',
    areaMunicipalityCodes: [home],
    description: 'Demo: stay away from the former home municipality',
    breachRule: 'Demo: any visit to the area without the contact officer’s leave',
  });
  await record(area, 'MET', 21);
  await record(area, 'BREACHED', 3, 'Demo: seen in the home area on a weekend, by a tip from the local police');
  return 3;
}
