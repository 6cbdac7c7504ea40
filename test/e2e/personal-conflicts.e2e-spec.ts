import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays } from '@registry/checker';
import { municipalities } from '@registry/geo';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };
type Ranked = { municipality: { code: string }; flags: { code: string }[] };

const LUND = '1281';
const KRISTIANSTAD = '1290';
const MALMO = '1280';
const HALMSTAD = '1380';
const STOCKHOLM_CITY = '0180';
const START = addDays(todayInSweden(), 30);
const PERIOD = { startDate: START, endDate: addDays(START, 180) };
const YESTERDAY = addDays(todayInSweden(), -1);
const REASON = 'Hotade Konfliktssons bror vid Lunds station';
const NOBODY = '00000000-0000-4000-8000-00000000beef';

const CONFLICT_FIELDS = 'id personId otherPersonId kind personRole otherRole scope reason reviewDue closure { closedBy reason }';

/**
 * Personal conflicts as records (issue 14 item 8): terms, keep-apart scope in the checker, review dates,
 * closing conflicts, known locations and holds, each audited, each scoped by need-to-know, and each seen by
 * the next check and by the re-check of placed households.
 */
describe('personal conflicts: scope, review, closing', () => {
  let app: TestApp;
  let sql: pg.Client;
  let syd: string;
  let sydOther: string;
  let stockholm: string;
  let national: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
    (await app.graphql(query, { token, purpose: 'AVH conflict test', variables })).body as Body;
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }
  const RANK = `query($c: ID!) { rankDestinations(caseId: $c, limit: 290, startDate: "${PERIOD.startDate}", endDate: "${PERIOD.endDate}") { municipality { code } flags { code } } }`;
  const flaggedWith = async (token: string, caseId: string, flag: string): Promise<string[]> =>
    ((await ok(token, RANK, { c: caseId })).rankDestinations as Ranked[])
      .filter((r) => r.flags.some((f) => f.code === flag))
      .map((r) => r.municipality.code)
      .sort();
  const conflictsOf = async (token: string, personId: string) =>
    (await ok(token, `query($p: ID!) { personalConflicts(personId: $p) { ${CONFLICT_FIELDS} } }`, { p: personId }))
      .personalConflicts as Data[];
  const register = async (token: string, kind: string, givenName: string) =>
    (await ok(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', { i: { kind, givenName, familyName: 'Testsson' } }))
      .registerPerson.id as string;
  const placedCase = async (token: string, region: string, home: string, defector: string, destination: string | null) => {
    const caseId = (
      await ok(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region, homeMunicipalityCode: home, defectorId: defector, eligibility: ELIGIBLE },
      })
    ).openCase.id as string;
    await ok(token, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    });
    await ok(token, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { unsuitable: [], assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    });
    if (destination) {
      const proposed = await ok(token, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
        i: { caseId, municipalityCode: destination, housingType: 'PROTECTED_HOUSING', ...PERIOD },
      });
      expect(proposed.submitProposal.status).toBe('CLEARED');
      await ok(token, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposed.submitProposal.id });
    }
    return caseId;
  };
  const auditActions = async (resourceId: string, actor: string) =>
    (
      (
        await ok(
          auditor,
          'query($r: String!, $a: String!) { auditEvents(resourceId: $r, actor: $a, first: 100) { events { action outcome } } }',
          {
            r: resourceId,
            a: actor,
          },
        )
      ).auditEvents.events as { action: string; outcome: string }[]
    ).map((e) => `${e.action}:${e.outcome}`);

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    sql = new pg.Client({ connectionString: app.database.url });
    await sql.connect();
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-officer' });
    sydOther = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-bystander' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-officer' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });

    // Two SYD households: A placed in Lund, B in Kristianstad (both Skåne county, not neighbours).
    ids.a = await register(syd, 'DEFECTOR', 'Konfliktsson');
    ids.aCase = await placedCase(syd, 'SYD', MALMO, ids.a, LUND);
    ids.b = await register(syd, 'DEFECTOR', 'Motparten');
    ids.bCase = await placedCase(syd, 'SYD', MALMO, ids.b, KRISTIANSTAD);
    // A third SYD household, not placed, whose destinations are ranked; and a threat actor.
    ids.c = await register(syd, 'DEFECTOR', 'Rankare');
    ids.cCase = await placedCase(syd, 'SYD', HALMSTAD, ids.c, null);
    ids.actor = await register(syd, 'THREAT_ACTOR', 'Hotfull');
    // A Stockholm person, for cross-region links.
    ids.sthlm = await register(stockholm, 'DEFECTOR', 'Stockholmare');
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  it('keeps addPersonalConflict as it was: without terms, today’s rule (the same municipality only), UNKNOWN roles', async () => {
    expect(
      (
        await ok(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
          p: ids.c,
          o: ids.b,
        })
      ).addPersonalConflict,
    ).toBe(true);
    expect(await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT')).toEqual([KRISTIANSTAD]);
    const [conflict] = await conflictsOf(syd, ids.c);
    expect(conflict).toEqual({
      id: expect.any(String),
      personId: ids.c,
      otherPersonId: ids.b,
      kind: 'ENMITY',
      personRole: 'UNKNOWN',
      otherRole: 'UNKNOWN',
      scope: 'SAME_MUNICIPALITY',
      reason: null,
      reviewDue: null,
      closure: null,
    });
    ids.cbConflict = conflict!.id;
    // Seen from the other side, the same conflict.
    expect((await conflictsOf(syd, ids.b)).map((c) => [c.id, c.personId, c.otherPersonId])).toEqual([[ids.cbConflict, ids.b, ids.c]]);
  });

  it('widens the keep-apart scope on review: every municipality of the county and those nearby; a past review date warns', async () => {
    const nearbyBefore = await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT');
    const reviewed = await ok(
      syd,
      `mutation($id: ID!, $t: ConflictTermsInput!) { reviewPersonalConflict(id: $id, terms: $t) { ${CONFLICT_FIELDS} } }`,
      {
        id: ids.cbConflict,
        t: { scope: 'SAME_COUNTY', personRole: 'VICTIM', otherRole: 'PERPETRATOR', reason: REASON, reviewDue: YESTERDAY },
      },
    );
    expect(reviewed.reviewPersonalConflict).toMatchObject({
      scope: 'SAME_COUNTY',
      personRole: 'VICTIM',
      otherRole: 'PERPETRATOR',
      reason: REASON,
      reviewDue: YESTERDAY,
    });
    const flagged = await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT');
    const skane = municipalities.filter((m) => m.code.startsWith('12')).map((m) => m.code);
    for (const code of [...skane, ...nearbyBefore]) expect(flagged).toContain(code);
    expect(flagged).not.toContain(STOCKHOLM_CITY);
    expect(flagged.length).toBeLessThan(290);
    // The review date passed yesterday: every destination warns.
    expect((await flaggedWith(syd, ids.cCase, 'CONFLICT_REVIEW_DUE')).length).toBe(290);
    // From B's side, the roles read the other way round.
    expect((await conflictsOf(syd, ids.b))[0]).toMatchObject({ personRole: 'PERPETRATOR', otherRole: 'VICTIM', scope: 'SAME_COUNTY' });
    // Omitted fields keep their value.
    await ok(syd, 'mutation($id: ID!, $t: ConflictTermsInput!) { reviewPersonalConflict(id: $id, terms: $t) { id } }', {
      id: ids.cbConflict,
      t: { reviewDue: '2030-01-01' },
    });
    expect((await conflictsOf(syd, ids.c))[0]).toMatchObject({ scope: 'SAME_COUNTY', reason: REASON, reviewDue: '2030-01-01' });
    expect(await flaggedWith(syd, ids.cCase, 'CONFLICT_REVIEW_DUE')).toEqual([]);
  });

  it('stores the reason and the closing sealed: no plaintext in the database', async () => {
    const terms = await sql.query('SELECT * FROM personal_conflict_terms WHERE id = $1', [ids.cbConflict]);
    expect(terms.rows).toHaveLength(1);
    expect(JSON.stringify(terms.rows[0])).not.toContain('Konfliktssons');
    expect(Buffer.from(terms.rows[0].reason_sealed).toString('latin1')).not.toContain('Lunds station');
    expect(terms.rows[0].row_mac).not.toBeNull();
  });

  it('refuses bad terms and bad reasons with BAD_USER_INPUT and changes nothing', async () => {
    const bad = await gql(syd, 'mutation($id: ID!, $t: ConflictTermsInput!) { reviewPersonalConflict(id: $id, terms: $t) { id } }', {
      id: ids.cbConflict,
      t: { scope: 'NATIONWIDE', reason: '  ' },
    });
    expect(errorCodeOf(bad)).toBe('BAD_USER_INPUT');
    expect((await conflictsOf(syd, ids.c))[0]).toMatchObject({ scope: 'SAME_COUNTY', reason: REASON });
    const badClose = await gql(syd, 'mutation($id: ID!) { closePersonalConflict(id: $id, reason: "") { id } }', { id: ids.cbConflict });
    expect(errorCodeOf(badClose)).toBe('BAD_USER_INPUT');
    expect((await conflictsOf(syd, ids.c))[0]!.closure).toBeNull();
  });

  it('answers another region exactly as for a conflict or location that does not exist', async () => {
    const answers = async (token: string, id: string) => [
      await gql(token, `mutation($id: ID!) { closePersonalConflict(id: $id, reason: "Inte längre aktuell") { id } }`, { id }),
      await gql(token, `mutation($id: ID!) { reviewPersonalConflict(id: $id, terms: { scope: NATIONWIDE }) { id } }`, { id }),
      await gql(token, `mutation($id: ID!) { closeKnownLocation(id: $id, reason: "Inte längre aktuell") { id } }`, { id }),
    ];
    const strip = (bodies: Body[]) =>
      bodies.map((b) => ({ data: b.data, errors: b.errors?.map((e) => ({ message: e.message, code: e.extensions.code })) }));
    const foreign = strip(await answers(stockholm, ids.cbConflict));
    expect(foreign).toEqual(strip(await answers(stockholm, NOBODY)));
    expect(foreign.map((a) => a.errors?.[0]?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    const list = await gql(stockholm, `query($p: ID!) { personalConflicts(personId: $p) { id } }`, { p: ids.c });
    expect(errorCodeOf(list)).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(stockholm, `query($p: ID!) { knownLocations(personId: $p) { id } }`, { p: ids.actor }))).toBe('NOT_FOUND');
    // An officer of the region who is not on the household's team does not read it either.
    expect(errorCodeOf(await gql(sydOther, `query($p: ID!) { personalConflicts(personId: $p) { id } }`, { p: ids.c }))).toBe('NOT_FOUND');
    // Nothing changed.
    expect((await conflictsOf(syd, ids.c))[0]).toMatchObject({ scope: 'SAME_COUNTY', closure: null });
    // Refusals are audited.
    expect(await auditActions(ids.cbConflict, 'sthlm-officer')).toEqual(
      expect.arrayContaining(['closePersonalConflict:denied', 'reviewPersonalConflict:denied']),
    );
  });

  it('re-checks placed households when a scope widens: A (Lund) in conflict with B (Kristianstad) raises an alert', async () => {
    await ok(
      syd,
      'mutation($p: ID!, $o: ID!, $t: ConflictTermsInput) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: THREAT, terms: $t) }',
      {
        p: ids.a,
        o: ids.b,
        t: { scope: 'SAME_MUNICIPALITY', reason: 'Hot om våld mot familjen' },
      },
    );
    ids.abConflict = (await conflictsOf(syd, ids.a))[0]!.id;
    const alertsNow = async () =>
      ((await ok(syd, '{ alerts { flags { code } } }')).alerts as { flags: { code: string }[] }[]).filter((a) =>
        a.flags.some((f) => f.code === 'PERSONAL_CONFLICT'),
      );
    // Different municipalities: no alert after a few turns of the re-check timer.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await alertsNow()).toEqual([]);
    await ok(syd, 'mutation($id: ID!) { reviewPersonalConflict(id: $id, terms: { scope: SAME_COUNTY }) { id } }', { id: ids.abConflict });
    let alerts: unknown[] = [];
    for (let i = 0; i < 100 && alerts.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      alerts = await alertsNow();
    }
    expect(alerts.length).toBeGreaterThan(0);
  });

  it('closes a conflict with who and why, audited; a closed conflict no longer flags and cannot be changed; the pair may fall out again', async () => {
    const closed = await ok(
      syd,
      `mutation($id: ID!) { closePersonalConflict(id: $id, reason: "Försoning bekräftad av handläggare") { ${CONFLICT_FIELDS} } }`,
      {
        id: ids.cbConflict,
      },
    );
    expect(closed.closePersonalConflict.closure).toEqual({ closedBy: 'syd-officer', reason: 'Försoning bekräftad av handläggare' });
    expect(await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT')).toEqual([]);
    expect(await auditActions(ids.cbConflict, 'syd-officer')).toEqual(
      expect.arrayContaining(['reviewPersonalConflict:ok', 'reviewPersonalConflict:denied', 'closePersonalConflict:ok']),
    );
    const closure = await sql.query(`SELECT * FROM record_closure WHERE record_id = $1`, [ids.cbConflict]);
    expect(closure.rows).toHaveLength(1);
    expect(JSON.stringify(closure.rows[0])).not.toContain('syd-officer');
    expect(closure.rows[0].row_mac).not.toBeNull();
    expect(
      errorCodeOf(
        await gql(syd, 'mutation($id: ID!) { closePersonalConflict(id: $id, reason: "En gång till") { id } }', { id: ids.cbConflict }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCodeOf(
        await gql(syd, 'mutation($id: ID!) { reviewPersonalConflict(id: $id, terms: { scope: NATIONWIDE }) { id } }', {
          id: ids.cbConflict,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT')).toEqual([]);
    // The same pair and kind again: a new, open conflict beside the closed one.
    await ok(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
      p: ids.c,
      o: ids.b,
    });
    const both = await conflictsOf(syd, ids.c);
    expect(both.map((c) => c.closure === null)).toEqual([false, true]);
    expect(await flaggedWith(syd, ids.cCase, 'PERSONAL_CONFLICT')).toEqual([KRISTIANSTAD]);
    // Adding it while it is open changes nothing.
    await ok(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
      p: ids.c,
      o: ids.b,
    });
    expect(await conflictsOf(syd, ids.c)).toHaveLength(2);
  });

  it('closes a known location: listed with its closing, no longer counted', async () => {
    await ok(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: THREAT) }', {
      p: ids.c,
      o: ids.actor,
    });
    await ok(syd, `mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "${LUND}", validFrom: "2020-01-01") }`, {
      p: ids.actor,
    });
    expect(await flaggedWith(syd, ids.cCase, 'THREAT_ACTOR_PRESENCE')).toEqual([LUND]);
    const [location] = (
      await ok(syd, 'query($p: ID!) { knownLocations(personId: $p) { id municipalityCode validFrom closure { closedBy } } }', {
        p: ids.actor,
      })
    ).knownLocations as Data[];
    expect(location).toMatchObject({ municipalityCode: LUND, validFrom: '2020-01-01', closure: null });
    const closed = await ok(
      syd,
      'mutation($id: ID!) { closeKnownLocation(id: $id, reason: "Flyttat utomlands enligt underrättelse") { closure { closedBy reason } } }',
      {
        id: location!.id,
      },
    );
    expect(closed.closeKnownLocation.closure).toEqual({ closedBy: 'syd-officer', reason: 'Flyttat utomlands enligt underrättelse' });
    expect(await flaggedWith(syd, ids.cCase, 'THREAT_ACTOR_PRESENCE')).toEqual([]);
    expect(await auditActions(location!.id, 'syd-officer')).toContain('closeKnownLocation:ok');
  });

  it('lets no one change a conflict who cannot read every household it protects, even one who sees its other side', async () => {
    // C (a SYD household member) and the SYD threat actor (in no case): an officer of SYD off C's team sees the
    // conflict from the actor's side, but may neither review nor close it.
    const fromActor = await conflictsOf(sydOther, ids.actor);
    const conflict = fromActor.find((c) => c.kind === 'THREAT')!;
    expect(conflict).toMatchObject({ personId: ids.actor, otherPersonId: null, reason: null, closure: null });
    const review = await gql(
      sydOther,
      'mutation($id: ID!) { reviewPersonalConflict(id: $id, terms: { scope: SAME_MUNICIPALITY }) { id } }',
      {
        id: conflict.id,
      },
    );
    expect(errorCodeOf(review)).toBe('FORBIDDEN');
    const close = await gql(sydOther, 'mutation($id: ID!) { closePersonalConflict(id: $id, reason: "Inte längre aktuell") { id } }', {
      id: conflict.id,
    });
    expect(errorCodeOf(close)).toBe('FORBIDDEN');
    expect((await conflictsOf(syd, ids.c)).find((c) => c.id === conflict.id)).toMatchObject({ closure: null });
  });

  it('lets national coordination alone close a surveillance hold, with why; the hold no longer blocks', async () => {
    await ok(national, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: ids.c });
    expect((await flaggedWith(syd, ids.cCase, 'SURVEILLANCE_HOLD')).length).toBe(290);
    const refused = await gql(
      syd,
      'mutation($p: ID!) { closeSurveillanceHold(personId: $p, reason: "Utredningen avslutad") { closedBy } }',
      { p: ids.c },
    );
    expect(errorCodeOf(refused)).toBe('FORBIDDEN');
    const closed = await ok(
      national,
      'mutation($p: ID!) { closeSurveillanceHold(personId: $p, reason: "Utredningen avslutad") { closedBy reason } }',
      { p: ids.c },
    );
    expect(closed.closeSurveillanceHold).toEqual({ closedBy: 'noa-officer', reason: 'Utredningen avslutad' });
    expect(await flaggedWith(syd, ids.cCase, 'SURVEILLANCE_HOLD')).toEqual([]);
    expect(
      (await ok(national, 'query($p: ID!) { surveillanceHoldClosures(personId: $p) { closedBy reason } }', { p: ids.c }))
        .surveillanceHoldClosures,
    ).toEqual([{ closedBy: 'noa-officer', reason: 'Utredningen avslutad' }]);
    const again = await gql(
      national,
      'mutation($p: ID!) { closeSurveillanceHold(personId: $p, reason: "Utredningen avslutad") { closedBy } }',
      { p: ids.c },
    );
    expect(errorCodeOf(again)).toBe('BAD_USER_INPUT');
    // The role refusal is audited as `forbidden`; the national close and the refused second one under the operation.
    const audited = await sql.query(
      `SELECT action, outcome, actor FROM ${AUDIT_EVENT_ROWS} WHERE action IN ('closeSurveillanceHold', 'forbidden') ORDER BY seq`,
    );
    expect(audited.rows.map((r: { action: string; outcome: string; actor: string }) => `${r.action}:${r.outcome}:${r.actor}`)).toEqual([
      'forbidden:denied:syd-officer',
      'closeSurveillanceHold:ok:noa-officer',
      'closeSurveillanceHold:denied:noa-officer',
    ]);
  });

  it('records the contract’s setSurveillanceHold(active: false) as a closing too, with who and a reason naming the call', async () => {
    await ok(national, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: ids.c });
    expect((await flaggedWith(syd, ids.cCase, 'SURVEILLANCE_HOLD')).length).toBe(290);
    expect(
      (await ok(national, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: false) }', { p: ids.c })).setSurveillanceHold,
    ).toBe(true);
    expect(await flaggedWith(syd, ids.cCase, 'SURVEILLANCE_HOLD')).toEqual([]);
    const closings = (await ok(national, 'query($p: ID!) { surveillanceHoldClosures(personId: $p) { closedBy reason } }', { p: ids.c }))
      .surveillanceHoldClosures as { closedBy: string; reason: string }[];
    expect(closings.at(-1)).toEqual({ closedBy: 'noa-officer', reason: 'setSurveillanceHold(active: false)' });
    // Lifting a hold that is not there changes nothing and records nothing, as the contract's call always did.
    expect(
      (await ok(national, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: false) }', { p: ids.c })).setSurveillanceHold,
    ).toBe(true);
    expect(
      (await ok(national, 'query($p: ID!) { surveillanceHoldClosures(personId: $p) { reason } }', { p: ids.c })).surveillanceHoldClosures,
    ).toHaveLength(closings.length);
    // An id that names no one answers NOT_FOUND, lifting or setting alike.
    for (const active of [false, true])
      expect(
        errorCodeOf(
          await gql(national, 'mutation($p: ID!, $a: Boolean!) { setSurveillanceHold(personId: $p, active: $a) }', {
            p: randomUUID(),
            a: active,
          }),
        ),
      ).toBe('NOT_FOUND');
  });

  it('keeps the terms of a conflict that waits for national coordination; once approved, another region sees no id or reason of the other side', async () => {
    await ok(
      syd,
      'mutation($p: ID!, $o: ID!, $t: ConflictTermsInput) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: WITNESS, terms: $t) }',
      {
        p: ids.c,
        o: ids.sthlm,
        t: { scope: 'NATIONWIDE', reason: 'Vittnade mot Stockholmaren', otherRole: 'PERPETRATOR' },
      },
    );
    const pending = (await ok(national, '{ linkRequests(status: PENDING) { id kind otherPersonId } }')).linkRequests as Data[];
    const request = pending.find((r) => r.otherPersonId === ids.sthlm)!;
    await ok(national, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: request.id });
    const seenNationally = (await conflictsOf(national, ids.c)).find((c) => c.id === request.id)!;
    expect(seenNationally).toMatchObject({
      otherPersonId: ids.sthlm,
      scope: 'NATIONWIDE',
      otherRole: 'PERPETRATOR',
      reason: 'Vittnade mot Stockholmaren',
    });
    const seenBySyd = (await conflictsOf(syd, ids.c)).find((c) => c.id === request.id)!;
    expect(seenBySyd).toMatchObject({ otherPersonId: null, reason: null, scope: 'NATIONWIDE' });
    // Stockholm sees it from its own person's side, without SYD's person.
    const seenByStockholm = (await conflictsOf(stockholm, ids.sthlm)).find((c) => c.id === request.id)!;
    expect(seenByStockholm).toMatchObject({ personId: ids.sthlm, otherPersonId: null, reason: null, personRole: 'PERPETRATOR' });
  });
});
