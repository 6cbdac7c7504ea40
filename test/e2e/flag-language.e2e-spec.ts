import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type FlagView = { code: string; severity: string; message: string };

const HELSINGBORG = '1283'; // the household's home
const UMEA = '2480'; // far from it, and from everything else in this world
const START = addDays(todayInSweden(), 30);
const END = addDays(START, 180);

const HOME_EN = "This is the household's home municipality, and the threat assessment requires relocation.";
const HOME_SV = 'Det här är hushållets hemkommun, och enligt hotbedömningen måste hushållet flytta.';
const RIVAL_EN = '1 network in conflict with the household is present here (highest confidence: confirmed).';
const RIVAL_SV = '1 nätverk i konflikt med hushållet finns här (högsta tillförlitlighet: bekräftad).';

// What a Swedish browser sends, and what a client that speaks English or nothing we have sends.
const SWEDISH = 'sv-SE,sv;q=0.9,en;q=0.5';
const ENGLISH_HEADERS = [undefined, 'en', 'en-GB,en;q=0.9', 'fr-FR,fr;q=0.9', 'sv;q=0,*'];

describe('flag messages follow Accept-Language: Swedish for sv, English otherwise', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}, language?: string): Promise<Body> {
    const request = app.graphql(query, { token, purpose: 'AVH language test', variables });
    if (language !== undefined) request.set('Accept-Language', language);
    const body = (await request).body as Body;
    expect(body.errors).toBeUndefined();
    return body;
  }

  const CHECK = `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m, startDate: "${START}", endDate: "${END}") { cleared flags { code severity message } } }`;
  const PROPOSALS = 'query($c: ID!) { case(id: $c) { proposals { id status check { flags { code severity message } } } } }';
  const ALERTS = '{ alerts { id flags { code severity message } } }';
  const checkFlags = async (token: string, m: string, language?: string): Promise<FlagView[]> =>
    (await gql(token, CHECK, { c: ids.case, m }, language)).data?.checkDestination.flags;
  const proposalFlags = async (token: string, language?: string): Promise<FlagView[]> =>
    (await gql(token, PROPOSALS, { c: ids.case }, language)).data?.case.proposals.find((p: { id: string }) => p.id === ids.homeProposal)
      ?.check.flags;

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-language' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-language' });

    const network = async (name: string) =>
      (
        await gql(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
        })
      ).data?.createNetwork.id;
    ids.own = await network('Language Testers North');
    ids.rival = await network('Language Testers South');
    await gql(national, 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }', {
      a: ids.own,
      b: ids.rival,
    });

    ids.defector = (
      await gql(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName: 'Sprakvald', familyName: 'Testperson' },
      })
    ).data?.registerPerson.id;
    await gql(
      syd,
      'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: FORMER_MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
      { p: ids.defector, n: ids.own },
    );
    ids.case = (
      await gql(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: {
          region: 'SYD',
          homeMunicipalityCode: HELSINGBORG,
          defectorId: ids.defector,
          eligibility: {
            meetsDefinition: true,
            motivated: true,
            consentToInformationExchange: true,
            signedConditions: true,
            evidencePerson: false,
          },
        },
      })
    ).data?.openCase.id;
    await gql(syd, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: ids.case,
      i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-01-01', reviewDue: '2030-01-01' },
    });
    await gql(syd, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: ids.case,
      i: { unsuitable: [], assessedOn: '2026-01-01', reviewDue: '2030-01-01' },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('the schema says how Flag.message is worded', async () => {
    const type = (
      await app.graphql('{ __type(name: "Flag") { fields { name description type { kind ofType { name } } } } }', { token: syd })
    ).body as Body;
    const fields = type.data?.__type.fields as { name: string; description: string | null; type: unknown }[];
    expect(fields.map((field) => field.name).sort()).toEqual(['code', 'message', 'severity']);
    const message = fields.find((field) => field.name === 'message');
    // Still String!, as before it was resolved per request.
    expect(message?.type).toEqual({ kind: 'NON_NULL', ofType: { name: 'String' } });
    expect(message?.description).toContain("worded in the request's Accept-Language: Swedish for sv");
  });

  it('checkDestination answers in English by default, for en and for languages it does not have', async () => {
    for (const language of ENGLISH_HEADERS) {
      expect(await checkFlags(syd, HELSINGBORG, language)).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_EN }]);
    }
  });

  it('checkDestination answers in Swedish for sv, the same flags in other words, and says the answer varies', async () => {
    expect(await checkFlags(syd, HELSINGBORG, SWEDISH)).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_SV }]);
    expect(await checkFlags(syd, HELSINGBORG, 'sv')).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_SV }]);
    const response = await app
      .graphql(CHECK, { token: syd, purpose: 'AVH language test', variables: { c: ids.case, m: HELSINGBORG } })
      .set('Accept-Language', SWEDISH);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
    // An answer without flags reads no language and does not vary by it.
    const plain = await app.graphql('{ municipalities { code } }', { token: syd }).set('Accept-Language', SWEDISH);
    expect(plain.status).toBe(200);
    expect(String(plain.headers.vary ?? '')).not.toMatch(/accept-language/i);
  });

  it('rankDestinations follows the header as well', async () => {
    const RANK = `query($c: ID!) { rankDestinations(caseId: $c, limit: 290, startDate: "${START}", endDate: "${END}") { municipality { code } flags { code message } } }`;
    const home = async (language?: string) =>
      ((await gql(syd, RANK, { c: ids.case }, language)).data?.rankDestinations as { municipality: { code: string }; flags: FlagView[] }[])
        .find((entry) => entry.municipality.code === HELSINGBORG)
        ?.flags.map((flag) => flag.message);
    expect(await home()).toEqual([HOME_EN]);
    expect(await home(SWEDISH)).toEqual([HOME_SV]);
  });

  it("a stored proposal's check is worded when it is read, in the reader's language", async () => {
    const SUBMIT = 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status check { flags { code severity message } } } }';
    const submitted = (
      await gql(
        syd,
        SUBMIT,
        { i: { caseId: ids.case, municipalityCode: HELSINGBORG, housingType: 'PROTECTED_HOUSING', startDate: START, endDate: END } },
        SWEDISH,
      )
    ).data?.submitProposal;
    expect(submitted).toMatchObject({ status: 'NOT_CLEARED', check: { flags: [{ code: 'HOME_MUNICIPALITY', message: HOME_SV }] } });
    ids.homeProposal = submitted.id;

    // Stored once, read in either language, by the region and by national coordination (its exact flags).
    for (const token of [syd, national]) {
      expect(await proposalFlags(token)).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_EN }]);
      expect(await proposalFlags(token, 'en')).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_EN }]);
      expect(await proposalFlags(token, SWEDISH)).toEqual([{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: HOME_SV }]);
    }
  });

  it("an alert's flags are worded when read, in the reader's language", async () => {
    const proposal = (
      await gql(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
        i: { caseId: ids.case, municipalityCode: UMEA, housingType: 'PROTECTED_HOUSING', startDate: START, endDate: END },
      })
    ).data?.submitProposal;
    expect(proposal.status).toBe('CLEARED');
    await gql(syd, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposal.id });
    await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "2480", confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
      { n: ids.rival },
    );

    let alerts: { flags: FlagView[] }[] = [];
    for (let i = 0; i < 50 && alerts.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      alerts = (await gql(syd, ALERTS)).data?.alerts ?? [];
    }
    expect(alerts.map((alert) => alert.flags)).toEqual([[{ code: 'RIVAL_NETWORK_PRESENCE', severity: 'BLOCK', message: RIVAL_EN }]]);
    const swedish = (await gql(syd, ALERTS, {}, SWEDISH)).data?.alerts as { flags: FlagView[] }[];
    expect(swedish.map((alert) => alert.flags)).toEqual([[{ code: 'RIVAL_NETWORK_PRESENCE', severity: 'BLOCK', message: RIVAL_SV }]]);
  });
});
