import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DevTokenRequest } from '@registry/auth';
import { DemoRequestError } from '../../apps/registry-cli/src/demo/demo-client.js';
import { demoExamples, WALKTHROUGH_PURPOSE } from '../../apps/registry-cli/src/demo/demo-walkthrough.js';
import { runDemo, type DemoRun } from '../../apps/registry-cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field, as in the other e2e tests
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };

describe('npm run demo against a running service', () => {
  let app: TestApp;
  let url: string;
  let first: DemoRun;

  /** The stand-in identity provider plays the development key's part. */
  const token = (request: DevTokenRequest) =>
    app.idp.sign(
      {
        roles: [request.role],
        ...(request.region ? { police_region: request.region } : {}),
        ...(request.municipality ? { municipality_code: request.municipality } : {}),
      },
      { sub: request.sub ?? 'demo', expiresIn: request.ttlSeconds ?? 600 },
    );

  async function post(bearer: string, query: string, variables: Record<string, unknown>): Promise<Body> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}`, 'X-Access-Purpose': WALKTHROUGH_PURPOSE },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  beforeAll(async () => {
    app = await startTestApp();
    await app.registry.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.registry.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    first = await runDemo({ url, token });
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('creates cases in several regions, with placements, cleared proposals and a refused one', async () => {
    expect(first.demo.set).toBe(1);
    const national = await token({ role: 'POLICE_NATIONAL' });
    const body = await post(national, '{ cases { id reference region status placements { id } } }', {});
    expect(body.errors).toBeUndefined();
    const cases = body.data?.cases as { id: string; region: string; status: string; placements: unknown[] }[];
    expect(cases.map((c) => c.id).sort()).toEqual([...first.demo.cases.map((c) => c.id), ...first.demo.referrals].sort());
    // One worked case in each of six regions, and five referrals in the seventh (MITT), still to be assessed.
    expect(new Set(first.demo.cases.map((c) => c.region)).size).toBe(6);
    expect(
      cases
        .filter((c) => c.region === 'MITT')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...first.demo.referrals].sort());
    expect(cases.filter((c) => c.region === 'MITT' && c.status === 'OPEN')).toHaveLength(5);
    expect(cases.filter((c) => c.status === 'ACTIVE' && c.placements.length === 1)).toHaveLength(3);
    expect(first.demo.cases.filter((c) => c.proposal.status === 'CLEARED' && !c.placementId)).toHaveLength(2);
    expect(first.demo.cases.filter((c) => c.proposal.status === 'NOT_CLEARED')).toHaveLength(1);
    const networks = await post(national, '{ networks { name } }', {});
    expect((networks.data?.networks as { name: string }[]).every((n) => n.name.startsWith('Demo: '))).toBe(true);
    // The SYD relative's unconfirmed actual area: listed, and only a warning where it lies.
    const syd = cases.find((c) => c.region === 'SYD')!;
    const household = await post(national, 'query($c: ID!) { case(id: $c) { relatives { id } } }', { c: syd.id });
    const relative = (household.data?.case as { relatives: { id: string }[] }).relatives[0]!.id;
    const areas = await post(national, 'query($p: ID!) { actualAreas(personId: $p) { municipalityCode confidence } }', { p: relative });
    expect(areas.data?.actualAreas).toEqual([{ municipalityCode: '1281', confidence: 'POSSIBLE' }]);
    const lund = await post(
      national,
      'query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "1281") { flags { code severity } } }',
      {
        c: syd.id,
      },
    );
    expect((lund.data?.checkDestination as { flags: { code: string; severity: string }[] }).flags).toContainEqual({
      code: 'HOME_MUNICIPALITY',
      severity: 'WARN',
    });
  });

  it('records the SYD defector’s conflict with its terms: roles, county-wide scope, a reason and a review date', async () => {
    const syd = first.demo.cases.find((c) => c.key === 'syd')!;
    const national = await token({ role: 'POLICE_NATIONAL' });
    const read = await post(national, 'query($c: ID!) { case(id: $c) { defector { id } } }', { c: syd.id });
    const conflicts = await post(
      national,
      'query($p: ID!) { personalConflicts(personId: $p) { kind scope personRole otherRole reason reviewDue closure { reason } } }',
      { p: read.data?.case.defector.id },
    );
    expect(conflicts.errors).toBeUndefined();
    expect(conflicts.data?.personalConflicts).toEqual([
      {
        kind: 'WITNESS',
        scope: 'SAME_COUNTY',
        personRole: 'VICTIM',
        otherRole: 'PERPETRATOR',
        reason: 'Vittnade mot hotaktören i tingsrätten; hot om repressalier',
        reviewDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        closure: null,
      },
    ]);
  });

  it('moves its cases through the lifecycle: every stage but one, a follow-up recorded, a case closed with a reason', async () => {
    const national = await token({ role: 'POLICE_NATIONAL' });
    const body = await post(national, '{ cases { id stage closureReason followUps { recordedOn outcome } } }', {});
    expect(body.errors).toBeUndefined();
    const cases = body.data?.cases as {
      id: string;
      stage: string;
      closureReason: string | null;
      followUps: { outcome: string | null }[];
    }[];
    const stageOf = (key: string) => cases.find((c) => c.id === first.demo.cases.find((d) => d.key === key)!.id)!;
    expect(Object.fromEntries(first.demo.cases.map((c) => [c.key, stageOf(c.key).stage]))).toEqual({
      stockholm: 'PLACED',
      vast: 'PLACED',
      ost: 'FOLLOW_UP',
      syd: 'PROPOSED',
      nord: 'CLOSED',
      bergslagen: 'ASSESSING',
    });
    expect(stageOf('nord').closureReason).toBe('OTHER_SUPPORT');
    expect(stageOf('ost').followUps).toEqual([{ recordedOn: expect.any(String), outcome: 'PARTLY_ESTABLISHED' }]);
  });

  it("puts each case's officer and the console's development sign-in of its region on its team, and no one else of the region", async () => {
    const syd = first.demo.cases.find((c) => c.key === 'syd')!;
    const read = (sub: string) =>
      token({ role: 'POLICE_REGIONAL', region: syd.region, sub }).then((bearer) =>
        post(bearer, 'query($c: ID!) { case(id: $c) { team { officer role } } }', { c: syd.id }),
      );
    const byOfficer = await read('demo-officer-syd');
    expect(byOfficer.errors).toBeUndefined();
    expect(byOfficer.data?.case.team).toEqual([
      { officer: 'demo-officer-syd', role: 'RESPONSIBLE_OFFICER' },
      { officer: 'dev-police_regional-syd', role: 'RESPONSIBLE_OFFICER' },
      { officer: 'demo-las-syd', role: 'LOCAL_COORDINATOR' },
    ]);
    expect((await read('dev-police_regional-syd')).errors).toBeUndefined();
    expect((await read('another-syd-officer')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives one case signed conditions with a recorded breach, whose review the team is told of', async () => {
    const stockholm = first.demo.cases.find((c) => c.key === 'stockholm')!;
    expect(stockholm.conditions).toBe(3);
    expect(first.demo.cases.filter((c) => c.conditions > 0)).toHaveLength(1);
    const bearer = await token({ role: 'POLICE_REGIONAL', region: 'STOCKHOLM', sub: 'dev-police_regional-stockholm' });
    const read = await post(bearer, 'query($c: ID!) { case(id: $c) { conditions { kind currentCompliance reviews { closedAt } } } }', {
      c: stockholm.id,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.case.conditions).toEqual([
      { kind: 'NO_NETWORK_CONTACT', currentCompliance: 'MET', reviews: [] },
      { kind: 'DRUG_TESTS', currentCompliance: 'PARTLY', reviews: [] },
      { kind: 'STAY_AWAY_FROM_AREA', currentCompliance: 'BREACHED', reviews: [{ closedAt: null }] },
    ]);
    const told = await post(bearer, '{ conditionReviews { caseId conditionKind } }', {});
    expect(told.data?.conditionReviews).toEqual([{ caseId: stockholm.id, conditionKind: 'STAY_AWAY_FROM_AREA' }]);
  });

  it("records every relative's consent, and one defector withdraws: that case's clearance is withheld", async () => {
    const national = await token({ role: 'POLICE_NATIONAL' });
    const read = async (key: string) => {
      const found = first.demo.cases.find((c) => c.key === key)!;
      const body = await post(
        national,
        'query($c: ID!) { case(id: $c) { defector { id } relatives { id } consents { status member { id } signatories { role answer } } } }',
        { c: found.id },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.case as {
        defector: { id: string };
        relatives: { id: string }[];
        consents: { status: string; member: { id: string }; signatories: { role: string; answer: string }[] }[];
      };
    };
    // vast: two adults' and two children's consents, the children's signed by two guardians each
    const vast = await read('vast');
    for (const relative of vast.relatives)
      expect(vast.consents.filter((c) => c.member.id === relative.id).map((c) => c.status)).toEqual(['VALID']);
    expect(vast.consents.filter((c) => c.signatories.filter((s) => s.role === 'GUARDIAN').length === 2)).toHaveLength(2);
    const nord = await read('nord');
    expect(nord.consents.find((c) => c.member.id === nord.defector.id)?.status).toBe('WITHDRAWN');
    const nordCase = first.demo.cases.find((c) => c.key === 'nord')!;
    const municipality = await token({ role: 'MUNICIPALITY', municipality: nordCase.proposal.destination });
    const answer = await post(municipality, 'query($r: String!) { clearance(reference: $r) { cleared } }', {
      r: nordCase.proposal.clearanceReference,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.clearance).toEqual({ cleared: false });
  });

  it('lets a duty officer break the glass on one case: its responsible officers are notified, the auditors see it', async () => {
    const stockholm = first.demo.cases.find((c) => c.key === 'stockholm')!;
    const responsible = await token({ role: 'POLICE_REGIONAL', region: 'STOCKHOLM', sub: 'dev-police_regional-stockholm' });
    const notified = await post(responsible, '{ notifications { caseId officer reason } }', {});
    expect(notified.errors).toBeUndefined();
    expect(notified.data?.notifications).toEqual([
      { caseId: stockholm.id, officer: 'demo-duty-officer-stockholm', reason: expect.stringContaining('Jourhavande') },
    ]);
    const auditor = await token({ role: 'AUDITOR' });
    const anomalies = await post(auditor, '{ auditAnomalies { kind } }', {});
    expect(anomalies.errors).toBeUndefined();
    expect((anomalies.data?.auditAnomalies as { kind: string }[]).filter((a) => a.kind === 'BREAK_GLASS')).toHaveLength(1);
  });

  it('prints a clearance reference that the destination municipality sees as cleared', async () => {
    const syd = first.demo.cases.find((c) => c.key === 'syd');
    const reference = syd?.proposal.clearanceReference as string;
    expect(reference).toMatch(/^CLR-/);
    expect(first.output).toContain(reference);
    expect(first.output).toContain(syd?.reference);
    const answer = await post(
      first.tokens.TOKEN_DESTINATION,
      'query($r: String!) { clearance(reference: $r) { cleared municipality { code } } }',
      {
        r: reference,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.clearance).toEqual({ cleared: true, municipality: { code: syd?.proposal.destination } });
  });

  it('every printed request works with its printed token and shows what it says', async () => {
    const answers = new Map<string, Body>();
    for (const example of demoExamples(first.demo)) {
      expect(first.output).toContain(`$${example.token}`);
      const body = await post(first.tokens[example.token], example.query, example.variables);
      expect({ example: example.key, errors: body.errors }).toEqual({ example: example.key, errors: undefined });
      answers.set(example.key, body);
    }
    const blocked = answers.get('check-blocked')?.data?.checkDestination;
    expect(blocked.cleared).toBe(false);
    expect(blocked.flags.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['RIVAL_NETWORK_PRESENCE', 'THREAT_ACTOR_PRESENCE', 'ASSESSMENT_UNSUITABLE']),
    );
    expect(answers.get('check-cleared')?.data?.checkDestination.cleared).toBe(true);
    expect(answers.get('ranking')?.data?.rankDestinations[0].cleared).toBe(true);
    expect(answers.get('proposal')?.data?.submitProposal.status).toBe('CLEARED');
    expect(answers.get('clearance')?.data?.clearance.cleared).toBe(true);
    expect(answers.get('destination-cleared')?.data?.destinationCleared.cleared).toBe(true);
    const redacted = answers.get('redaction')?.data?.checkDestination;
    const rival = redacted.flags.find((f: { code: string }) => f.code === 'RIVAL_PLACEMENT');
    expect(rival?.severity).toBe('BLOCK');
    const vast = first.demo.cases.find((c) => c.key === 'vast');
    expect(JSON.stringify(redacted)).not.toContain(vast?.reference);
    expect(JSON.stringify(redacted)).not.toContain('Låtsasberg');
    expect(answers.get('override')?.data?.overrideProposal.status).toBe('OVERRIDDEN');
    expect(answers.get('audit')?.data?.auditEvents.events.length).toBeGreaterThan(0);
  });

  it('runs again without failing, adding a second, separate set', async () => {
    const second = await runDemo({ url, token });
    expect(second.demo.set).toBe(2);
    expect(second.output).toContain('(set 2)');
    const ids = new Set(first.demo.cases.map((c) => c.id));
    expect(second.demo.cases.some((c) => ids.has(c.id))).toBe(false);
  }, 60_000);

  it('says plainly when the service refuses its tokens', async () => {
    const refused = runDemo({ url, token: async () => 'not-a-token' });
    await expect(refused).rejects.toBeInstanceOf(DemoRequestError);
    await expect(refused).rejects.toThrow(/UNAUTHENTICATED.*development server/);
  });
});
