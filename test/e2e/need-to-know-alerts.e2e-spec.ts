import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE } from '../support/graphql-answers.js';

// GraphQL answers are read field by field; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };

const FALUN = '2080';
const BORLANGE = '2081'; // another municipality of Falun's privacy area
const START = addDays(todayInSweden(), 30);
const PERIOD = { startDate: START, endDate: addDays(START, 180) };

/**
 * The "other doors" of LOCATION-PRIVACY.md that outlive a request: when another region's rival household
 * moves into the area of a placed household, the region's alert says so by area, never by municipality or
 * count, and the other region's own proposal was judged the same way.
 */
describe('need-to-know: alerts and proposals across regions', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  let stockholm: string;
  const ids: Record<string, string> = {};

  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = (await app.graphql(query, { token, purpose: 'AVH alert door test', variables })).body as Body;
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }
  async function household(
    token: string,
    region: string,
    network: string,
    destination: string,
  ): Promise<{ caseId: string; proposal: Data }> {
    const person = (
      await ok(token, 'mutation { registerPerson(input: { kind: DEFECTOR, givenName: "Dold", familyName: "Testperson" }) { id } }')
    ).registerPerson.id;
    await ok(
      token,
      'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01") { id } }',
      {
        p: person,
        n: network,
      },
    );
    const home = region === 'SYD' ? '1280' : '0180';
    const caseId = (
      await ok(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region, homeMunicipalityCode: home, defectorId: person, eligibility: ELIGIBLE },
      })
    ).openCase.id;
    await ok(
      token,
      'mutation($c: ID!) { recordThreatAssessment(caseId: $c, input: { level: HIGH, reach: REGIONAL, relocationRequired: true, assessedOn: "2026-11-01", reviewDue: "2030-01-01" }) { id } }',
      {
        c: caseId,
      },
    );
    await ok(
      token,
      'mutation($c: ID!) { recordPlacementAssessment(caseId: $c, input: { unsuitable: [], assessedOn: "2026-11-01", reviewDue: "2030-01-01" }) { id } }',
      {
        c: caseId,
      },
    );
    const proposal = (
      await ok(token, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status check { flags { code message } } } }', {
        i: { caseId, municipalityCode: destination, housingType: 'PROTECTED_HOUSING', ...PERIOD },
      })
    ).submitProposal;
    return { caseId, proposal };
  }

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    const network = async (name: string) =>
      (
        await ok(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
          i: { name, category: 'LOCAL_NETWORK', reach: 'LOCAL' },
        })
      ).createNetwork.id;
    ids.north = await network('Norra Testarna');
    ids.south = await network('Södra Testarna');
    await ok(national, 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01") { id } }', {
      a: ids.north,
      b: ids.south,
    });

    const placed = await household(syd, 'SYD', ids.north!, FALUN);
    expect(placed.proposal.status).toBe('CLEARED');
    await ok(syd, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: placed.proposal.id });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("judges the other region's proposal into the same area by area, and national coordination sees the exact cause", async () => {
    const rival = await household(stockholm, 'STOCKHOLM', ids.south!, BORLANGE);
    expect(rival.proposal.status).toBe('NOT_CLEARED');
    const messages = (rival.proposal.check.flags as { code: string; message: string }[]).filter((f) => f.code === 'RIVAL_PLACEMENT');
    expect(messages.map((f) => f.message)).toEqual([
      'One or more protected persons of another region affiliated with a rival network are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    ]);
    // The exact answer: not in Borlänge itself, but nearby.
    const exact = (
      await ok(national, 'query($c: ID!) { case(id: $c) { proposals { check { flags { code } } } } }', { c: rival.caseId })
    ).case.proposals[0].check.flags.map((f: { code: string }) => f.code);
    expect(exact).not.toContain('RIVAL_PLACEMENT');
    expect(exact).toContain('RIVAL_PLACEMENT_NEARBY');
    ids.rivalProposal = rival.proposal.id;
  });

  it("raises the placed household's alert by area once national coordination lets the rival move in", async () => {
    await ok(
      national,
      'mutation($p: ID!) { overrideProposal(proposalId: $p, justification: "Reviewed by national coordination: different towns, no contact") { status } }',
      {
        p: ids.rivalProposal,
      },
    );
    await ok(stockholm, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: ids.rivalProposal });
    let alerts: { flags: { code: string; message: string }[] }[] = [];
    for (let i = 0; i < 100 && alerts.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      alerts = (await ok(syd, '{ alerts { flags { code message } } }')).alerts;
    }
    expect(alerts).toHaveLength(1);
    const text = JSON.stringify(alerts);
    expect(alerts[0]!.flags.map((f) => f.code)).toContain('RIVAL_PLACEMENT');
    expect(text).toContain('the exact place is not shown');
    expect(text).not.toMatch(/\b1 (other )?protected person|Borlänge|2081/);
  });
});
