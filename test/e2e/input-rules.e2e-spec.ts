import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rowCounts } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };

const REGISTER = 'mutation($i: PersonInput!) { registerPerson(input: $i) { id givenName } }';
const NETWORK = 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id name } }';
const THREAT =
  'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { threatAssessment { summary } } }';
const OVERRIDE = 'mutation($p: ID!, $j: String!) { overrideProposal(proposalId: $p, justification: $j) { status } }';

/** Texts that look like a name, or like nothing, and are not what they look like. */
const DECEPTIVE: [string, string][] = [
  ['a right-to-left override', 'Anna\u202Enossvens'],
  ['a left-to-right isolate', 'Anna \u2066Svensson\u2069'],
  ['a right-to-left mark', 'Anna\u200FSvensson'],
  ['an Arabic letter mark', 'Anna\u061CSvensson'],
  ['a zero-width space', 'Anna\u200BSvensson'],
  ['a byte-order mark', '\uFEFFAnna'],
  ['NUL', 'Anna\u0000Svensson'],
  ['a line break', 'Anna\nSvensson'],
  ['a C1 control', 'Anna\u0085Svensson'],
  ['three zero-width spaces', '\u200B\u200B\u200B'],
];

describe('input rules: stored free text and purposes hold what they show', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  let caseId: string;

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH input rules test', variables })).body as Body;
  }
  const code = errorCodeOf;

  /** Refused as BAD_USER_INPUT, without the value in the answer, and nothing but the refusal's audit event written. */
  async function expectRefused(send: () => Promise<Body>, value: string): Promise<void> {
    const before = await rowCounts(app.database.url);
    const body = await send();
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toContain(JSON.stringify(value).slice(1, -1));
    for (const part of value.split(/[^A-Za-z]+/).filter((p) => p.length > 2)) expect(body.errors?.[0]?.message).not.toContain(part);
    const after = await rowCounts(app.database.url);
    for (const table of Object.keys(before).filter((t) => !t.startsWith('audit')))
      expect({ table, n: after[table] }).toEqual({ table, n: before[table] });
  }

  beforeAll(async () => {
    app = await startTestApp();
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    const person = await gql(syd, REGISTER, { i: { kind: 'DEFECTOR', givenName: 'Åsa', familyName: 'Öberg-Nilsson' } });
    expect(person.data?.registerPerson.givenName).toBe('Åsa');
    const opened = await gql(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
      i: { region: 'SYD', homeMunicipalityCode: '1283', defectorId: person.data?.registerPerson.id, eligibility: ELIGIBLE },
    });
    caseId = opened.data?.openCase.id;
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(DECEPTIVE)('a given or family name with %s is refused', async (_name, value) => {
    await expectRefused(() => gql(syd, REGISTER, { i: { kind: 'RELATIVE', givenName: value, familyName: 'Svensson' } }), value);
    await expectRefused(() => gql(syd, REGISTER, { i: { kind: 'RELATIVE', givenName: 'Anna', familyName: value } }), value);
  });

  it.each(DECEPTIVE)('a network name with %s is refused', async (_name, value) => {
    await expectRefused(() => gql(national, NETWORK, { i: { name: value, category: 'LOCAL_NETWORK', reach: 'LOCAL' } }), value);
  });

  it('a threat assessment summary keeps its line breaks, and refuses hidden characters', async () => {
    const input = (summary: string) => ({
      c: caseId,
      i: { level: 'LOW', reach: 'LOCAL', relocationRequired: false, assessedOn: '2026-11-01', reviewDue: '2027-11-01', summary },
    });
    const kept = await gql(syd, THREAT, input('Threat assessed on site.\nFollow-up in spring.'));
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.recordThreatAssessment.threatAssessment.summary).toBe('Threat assessed on site.\nFollow-up in spring.');
    for (const [, value] of DECEPTIVE.filter(([name]) => name !== 'a line break')) {
      await expectRefused(() => gql(syd, THREAT, input(`Threat assessed. ${value}`)), value);
    }
  });

  it('an override justification with hidden characters is refused before anything is looked up', async () => {
    const justification = 'Both households vetted; \u202Eseparate districts agreed.';
    await expectRefused(() => gql(national, OVERRIDE, { p: '00000000-0000-4000-8000-000000000000', j: justification }), justification);
    const invisible = '\u200B'.repeat(25);
    await expectRefused(() => gql(national, OVERRIDE, { p: '00000000-0000-4000-8000-000000000000', j: invisible }), invisible);
  });

  it.each([
    ['three zero-width spaces', '\u200B\u200B\u200B'],
    ['only spaces of other widths', '\u2003\u2009\u3000'],
    ['a right-to-left override', 'AVH-\u202E2026'],
  ])('a purpose of %s is no purpose: PURPOSE_REQUIRED, audited as purpose.missing', async (_name, purpose) => {
    const before = await rowCounts(app.database.url);
    // A header carries bytes: the UTF-8 of the purpose, as a client sends it.
    const response = await app
      .graphql('query($c: ID!) { case(id: $c) { id } }', { token: syd, variables: { c: caseId } })
      .set('X-Access-Purpose', Buffer.from(purpose, 'utf8').toString('latin1'));
    expect(response.body.errors?.[0]?.extensions.code).toBe('PURPOSE_REQUIRED');
    expect(response.body.data?.case ?? null).toBeNull();
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    const events = await gql(
      auditor,
      '{ auditEvents(action: "purpose.missing", actor: "syd-officer") { events { resourceId purpose outcome } } }',
    );
    const last = (events.data?.auditEvents.events as { resourceId: string; purpose: string | null; outcome: string }[]).at(-1);
    expect(last).toEqual({ resourceId: caseId, purpose: null, outcome: 'denied' });
    const after = await rowCounts(app.database.url);
    expect(after.audit_event).toBeGreaterThan(before.audit_event ?? 0);
  });
});
