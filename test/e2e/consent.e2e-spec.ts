import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays, addMonths } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { queryRows } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };

const TODAY = todayInSweden();
const THIS_YEAR = Number(TODAY.slice(0, 4));
const GUARDIAN_NAME = 'Vårdnadshavare Hemligsson';
const CONSENT_FIELDS =
  'id member { id } scope { categories recipients } status signedOn lastSignedOn reviewDue renewals withdrawnOn signatories { role answer name }';

describe('consent that governs sharing, through the API', () => {
  let app: TestApp;
  let syd: string;
  let stockholm: string;
  let auditor: string;
  let municipality: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH consent test', variables })).body as Body;
  }
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return body.data as Record<string, any>;
  }
  const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    queryRows<T>(app.database.url, text, values);
  async function person(kind: string, givenName: string, birthYear: number | null): Promise<string> {
    return (
      await ok(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind, givenName, familyName: 'Samtyckesson', birthYear },
      })
    ).registerPerson.id;
  }
  const consentsOf = async (caseId: string) =>
    (await ok(syd, `query($c: ID!) { case(id: $c) { consents { ${CONSENT_FIELDS} } } }`, { c: caseId })).case.consents as {
      id: string;
      member: { id: string };
      status: string;
      reviewDue: string;
      renewals: number;
      withdrawnOn: string | null;
      scope: { categories: string[]; recipients: string[] };
      signatories: { role: string; answer: string; name: string | null }[];
    }[];
  const RECORD = `mutation($c: ID!, $i: RecordConsentInput!) { recordConsent(caseId: $c, input: $i) { ${CONSENT_FIELDS} } }`;
  const signing = (signatories: { role: string; answer: string; name: string }[], signedOn = TODAY) => ({ signedOn, signatories });

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor' });
    municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' }, { sub: 'helsingborg' });
    ids.defector = await person('DEFECTOR', 'Vuxen', THIS_YEAR - 30);
    ids.youth = await person('RELATIVE', 'Ungdom', THIS_YEAR - 16);
    ids.child = await person('RELATIVE', 'Barn', THIS_YEAR - 10);
    ids.case = (
      await ok(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: {
          region: 'SYD',
          homeMunicipalityCode: '1283',
          defectorId: ids.defector,
          relativeIds: [ids.youth, ids.child],
          eligibility: ELIGIBLE,
        },
      })
    ).openCase.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("records the defector's consent when a case opens with consentToInformationExchange, for six months", async () => {
    const [opening, ...others] = await consentsOf(ids.case);
    expect(others).toHaveLength(0);
    expect(opening).toMatchObject({
      member: { id: ids.defector },
      status: 'VALID',
      reviewDue: addMonths(TODAY, 6),
      renewals: 0,
      withdrawnOn: null,
      scope: { categories: ['PLACEMENT_NEEDS'], recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'] },
      signatories: [{ role: 'PERSON', answer: 'YES', name: null }],
    });
    ids.openingConsent = opening?.id as string;
  });

  it("a youth's yes with a guardian's no is recorded, and is no consent", async () => {
    const recorded = (
      await ok(syd, RECORD, {
        c: ids.case,
        i: {
          personId: ids.youth,
          categories: ['PLACEMENT_NEEDS', 'SCHOOLING'],
          recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'SCHOOL'],
          signing: signing([
            { role: 'PERSON', answer: 'YES', name: 'Ungdom Samtyckesson' },
            { role: 'GUARDIAN', answer: 'NO', name: GUARDIAN_NAME },
          ]),
        },
      })
    ).recordConsent;
    expect(recorded.status).toBe('INCOMPLETE');
    expect(recorded.signatories).toHaveLength(2);
    ids.youthConsent = recorded.id;
  });

  it('guardians alone sign for a child under 15; the review date defaults to six months', async () => {
    const recorded = (
      await ok(syd, RECORD, {
        c: ids.case,
        i: {
          personId: ids.child,
          categories: ['PLACEMENT_NEEDS'],
          recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES'],
          signing: signing([{ role: 'GUARDIAN', answer: 'YES', name: GUARDIAN_NAME }]),
        },
      })
    ).recordConsent;
    expect(recorded).toMatchObject({ status: 'VALID', reviewDue: addMonths(TODAY, 6), member: { id: ids.child } });
    ids.childConsent = recorded.id;
  });

  it('seals the signatories and the scope: no name or recipient in plaintext in the database', async () => {
    const dump = JSON.stringify(await sql('SELECT c.*, s.* FROM consent c JOIN consent_signing s ON s.consent_id = c.id'));
    expect(dump).not.toContain('Hemligsson');
    expect(dump).not.toContain('SCHOOL');
    expect(dump).not.toContain('GUARDIAN');
    expect(app.logs.join('\n')).not.toContain('Hemligsson');
  });

  it('renews a consent to a new review date, and refuses a bad renewal without changing anything', async () => {
    const due = addDays(TODAY, 200);
    const renewed = (
      await ok(syd, `mutation($id: ID!, $s: ConsentSigningInput!) { renewConsent(consentId: $id, signing: $s) { ${CONSENT_FIELDS} } }`, {
        id: ids.childConsent,
        s: { ...signing([{ role: 'GUARDIAN', answer: 'YES', name: GUARDIAN_NAME }]), reviewDue: due },
      })
    ).renewConsent;
    expect(renewed).toMatchObject({ status: 'VALID', reviewDue: due, renewals: 1 });
    const RENEW = 'mutation($id: ID!, $s: ConsentSigningInput!) { renewConsent(consentId: $id, signing: $s) { id } }';
    const before = await consentsOf(ids.case);
    const future = await gql(syd, RENEW, {
      id: ids.childConsent,
      s: signing([{ role: 'GUARDIAN', answer: 'YES', name: 'X' }], addDays(TODAY, 1)),
    });
    expect(errorCodeOf(future)).toBe('BAD_USER_INPUT');
    const backwards = await gql(syd, RENEW, {
      id: ids.childConsent,
      s: { ...signing([{ role: 'GUARDIAN', answer: 'YES', name: 'X' }]), reviewDue: addDays(TODAY, -1) },
    });
    expect(errorCodeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(await consentsOf(ids.case)).toEqual(before);
  });

  it('refuses a person outside the household, an empty scope and an unknown recipient', async () => {
    const stranger = await person('OTHER', 'Främling', null);
    const base = {
      categories: ['PLACEMENT_NEEDS'],
      recipients: ['SCHOOL'],
      signing: signing([{ role: 'PERSON', answer: 'YES', name: 'A' }]),
    };
    expect(errorCodeOf(await gql(syd, RECORD, { c: ids.case, i: { ...base, personId: stranger } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await gql(syd, RECORD, { c: ids.case, i: { ...base, personId: ids.defector, recipients: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCodeOf(await gql(syd, RECORD, { c: ids.case, i: { ...base, personId: ids.defector, recipients: ['NEIGHBOUR'] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await consentsOf(ids.case)).toHaveLength(3);
  });

  it('another region, a municipality and a made-up id all get what a missing consent gets', async () => {
    const WITHDRAW = 'mutation($id: ID!) { withdrawConsent(consentId: $id) { id status } }';
    const missing = await gql(syd, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodeOf(missing)).toBe('NOT_FOUND');
    const foreign = await gql(stockholm, WITHDRAW, { id: ids.openingConsent });
    expect(errorCodeOf(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(errorCodeOf(await gql(municipality, WITHDRAW, { id: ids.openingConsent }))).toBe('FORBIDDEN');
    expect(
      errorCodeOf(
        await gql(stockholm, RECORD, {
          c: ids.case,
          i: {
            personId: ids.defector,
            categories: ['HEALTH'],
            recipients: ['HEALTH_CARE'],
            signing: signing([{ role: 'PERSON', answer: 'YES', name: 'A' }]),
          },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await consentsOf(ids.case)).every((c) => c.withdrawnOn === null)).toBe(true);
  });

  const CHECK = `query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "2480", startDate: "${addDays(TODAY, 30)}", endDate: "${addDays(TODAY, 200)}") { cleared flags { code severity message } } }`;
  const consentFlag = async (caseId: string) =>
    ((await ok(syd, CHECK, { c: caseId })).checkDestination.flags as { code: string; severity: string; message: string }[]).find(
      (f) => f.code === 'CONSENT_MISSING',
    );

  it("a relative's consent that is no consent blocks the household with CONSENT_MISSING until it is given properly", async () => {
    // The youth's guardian said no: one member is not covered.
    const flag = await consentFlag(ids.case);
    expect(flag).toEqual({
      code: 'CONSENT_MISSING',
      severity: 'BLOCK',
      message:
        "1 household member has no valid consent to share what a placement needs with the receiving municipality's social services (incomplete).",
    });
    await ok(syd, 'mutation($id: ID!, $s: ConsentSigningInput!) { renewConsent(consentId: $id, signing: $s) { status } }', {
      id: ids.youthConsent,
      s: signing([
        { role: 'PERSON', answer: 'YES', name: 'Ungdom Samtyckesson' },
        { role: 'GUARDIAN', answer: 'YES', name: GUARDIAN_NAME },
      ]),
    });
    expect(await consentFlag(ids.case)).toBeUndefined();
  });

  it('withdraws a consent at once, once, and audits it', async () => {
    const withdrawn = (
      await ok(syd, 'mutation($id: ID!) { withdrawConsent(consentId: $id) { status withdrawnOn } }', { id: ids.openingConsent })
    ).withdrawConsent;
    expect(withdrawn).toEqual({ status: 'WITHDRAWN', withdrawnOn: TODAY });
    const again = await gql(syd, 'mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: ids.openingConsent });
    expect(errorCodeOf(again)).toBe('BAD_USER_INPUT');
    const renew = await gql(syd, 'mutation($id: ID!, $s: ConsentSigningInput!) { renewConsent(consentId: $id, signing: $s) { id } }', {
      id: ids.openingConsent,
      s: signing([{ role: 'PERSON', answer: 'YES', name: 'A' }]),
    });
    expect(errorCodeOf(renew)).toBe('BAD_USER_INPUT');
    const events = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 100) { events { action actor outcome } } }', {
        r: ids.openingConsent,
      })
    ).auditEvents.events as { action: string; actor: string; outcome: string }[];
    expect(events.filter((e) => e.action.includes('withdrawConsent') && e.actor === 'syd-officer').length).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => e.action.includes('renewConsent'))).toBe(true);
  });

  it("after the defector's withdrawal the household blocks, and a proposal is not cleared", async () => {
    const flag = await consentFlag(ids.case);
    expect(flag?.message).toContain('(withdrawn)');
    const proposal = (
      await ok(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { status check { cleared } } }', {
        i: {
          caseId: ids.case,
          municipalityCode: '2480',
          housingType: 'PROTECTED_HOUSING',
          startDate: addDays(TODAY, 30),
          endDate: addDays(TODAY, 200),
        },
      })
    ).submitProposal;
    expect(proposal).toEqual({ status: 'NOT_CLEARED', check: { cleared: false } });
  });

  describe('on an active placement', () => {
    const PERIOD = { startDate: addDays(TODAY, 30), endDate: addDays(TODAY, 200) };
    let umea: string;
    const placed: Record<string, string> = {};

    beforeAll(async () => {
      umea = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '2480' }, { sub: 'umea' });
      placed.defector = await person('DEFECTOR', 'Placerad', THIS_YEAR - 35);
      const opened = (
        await ok(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
          i: { region: 'SYD', homeMunicipalityCode: '1283', defectorId: placed.defector, eligibility: ELIGIBLE },
        })
      ).openCase;
      placed.case = opened.id;
      placed.reference = opened.reference;
      const proposal = (
        await ok(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
          i: { caseId: placed.case, municipalityCode: '2480', housingType: 'PROTECTED_HOUSING', ...PERIOD },
        })
      ).submitProposal;
      expect(proposal.status).toBe('CLEARED');
      placed.clearance = proposal.clearanceReference;
      placed.placement = (
        await ok(syd, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposal.id })
      ).confirmPlacement.id;
      placed.consent = (await consentsOf(placed.case))[0]!.id;
    });

    const CLEARANCE = 'query($r: String!) { clearance(reference: $r) { cleared housingType startDate validUntil municipality { code } } }';
    const DESTINATION = 'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared } }';

    it("clears for both municipalities while the defector's consent holds", async () => {
      expect((await ok(umea, CLEARANCE, { r: placed.clearance })).clearance.cleared).toBe(true);
      expect((await ok(municipality, CLEARANCE, { r: placed.clearance })).clearance.cleared).toBe(true);
      expect((await ok(municipality, DESTINATION, { r: placed.reference, m: '2480' })).destinationCleared.cleared).toBe(true);
    });

    it('a withdrawal raises an alert with CONSENT_MISSING and withholds both municipalities\' answers as "no clearance"', async () => {
      const before = (await ok(umea, CLEARANCE, { r: placed.clearance })).clearance;
      await ok(syd, 'mutation($id: ID!) { withdrawConsent(consentId: $id) { status } }', { id: placed.consent });
      let flags: { code: string }[] | undefined;
      for (let attempt = 0; attempt < 100 && !flags; attempt += 1) {
        const alerts = (await ok(syd, '{ alerts(acknowledged: false) { placement { id } flags { code } } }')).alerts as {
          placement: { id: string };
          flags: { code: string }[];
        }[];
        flags = alerts.find((a) => a.placement.id === placed.placement)?.flags;
        if (!flags) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(flags?.map((f) => f.code)).toContain('CONSENT_MISSING');
      const after = (await ok(umea, CLEARANCE, { r: placed.clearance })).clearance;
      // Indistinguishable from a destination that is simply not cleared: the same answer, cleared false.
      expect(after).toEqual({ ...before, cleared: false });
      expect((await ok(municipality, CLEARANCE, { r: placed.clearance })).clearance.cleared).toBe(false);
      expect((await ok(municipality, DESTINATION, { r: placed.reference, m: '2480' })).destinationCleared.cleared).toBe(false);
    });

    it("withdrawn sharing with the responsible municipality alone withholds the home municipality's answer, not the destination's", async () => {
      const defector = await person('DEFECTOR', 'Delvis', THIS_YEAR - 40);
      const opened = (
        await ok(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
          i: { region: 'SYD', homeMunicipalityCode: '1283', defectorId: defector, eligibility: ELIGIBLE },
        })
      ).openCase;
      const opening = (await consentsOf(opened.id))[0]!.id;
      // The destination's social services stay covered by a consent of their own.
      await ok(syd, RECORD, {
        c: opened.id,
        i: {
          personId: defector,
          categories: ['PLACEMENT_NEEDS'],
          recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES'],
          signing: signing([{ role: 'PERSON', answer: 'YES', name: 'Delvis Samtyckesson' }]),
        },
      });
      const proposal = (
        await ok(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
          i: { caseId: opened.id, municipalityCode: '2480', housingType: 'PROTECTED_HOUSING', ...PERIOD },
        })
      ).submitProposal;
      expect(proposal.status).toBe('CLEARED');
      await ok(syd, 'mutation($id: ID!) { withdrawConsent(consentId: $id) { status } }', { id: opening });
      expect(await consentFlag(opened.id)).toBeUndefined();
      expect((await ok(umea, CLEARANCE, { r: proposal.clearanceReference })).clearance.cleared).toBe(true);
      expect((await ok(municipality, CLEARANCE, { r: proposal.clearanceReference })).clearance.cleared).toBe(false);
      expect((await ok(municipality, DESTINATION, { r: opened.reference, m: '2480' })).destinationCleared.cleared).toBe(false);
    });
  });
});
