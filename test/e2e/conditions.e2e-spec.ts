import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: { message: string; extensions: { code: string } }[] };

const TODAY = todayInSweden();
const SIGNED = addDays(TODAY, -60);
const AREA_TEXT = 'Hemlig villkorstext om Rosengård';
const BREACH_RULE = 'Besök i Malmö eller Lund utan tillstånd';
const NOTE = 'Sedd vid Möllevångstorget enligt tips';

const CONDITION_FIELDS = `id kind areas { code } description breachRule notify signedOn addedBy endedOn endReason currentCompliance
  compliance { id compliance observedOn note recordedBy }
  reviews { id caseId conditionId conditionKind notify breach { id compliance } closedAt closedBy decision }`;
const ADD = `mutation($c: ID!, $i: AddConditionInput!) { addCondition(caseId: $c, input: $i) { ${CONDITION_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $i: RecordComplianceInput!) { recordCompliance(conditionId: $id, input: $i) { ${CONDITION_FIELDS} } }`;
const END = `mutation($id: ID!, $r: String!, $on: Date) { endCondition(conditionId: $id, reason: $r, endedOn: $on) { ${CONDITION_FIELDS} } }`;
const CLOSE = 'mutation($id: ID!, $d: String!) { closeConditionReview(reviewId: $id, decision: $d) { id closedAt closedBy decision } }';
const REVIEWS =
  'query($o: Boolean) { conditionReviews(open: $o) { id caseId caseReference conditionKind notify breach { note } closedAt } }';
const CASE_CONDITIONS = `query($id: ID!) { case(id: $id) { id conditions { ${CONDITION_FIELDS} } } }`;

const STAY_AWAY = {
  kind: 'STAY_AWAY_FROM_AREA',
  areaMunicipalityCodes: ['1280', '1281'],
  description: AREA_TEXT,
  breachRule: BREACH_RULE,
  notify: ['LOCAL_COORDINATOR', 'CONTACT_OFFICER'],
  signedOn: SIGNED,
};

/** Conditions a defector signed, compliance over time, and the review a breach raises for the case's team. */
describe('conditions and breaches', () => {
  let app: TestApp;
  let sql: pg.Client;
  let opener: string; // SYD, opens the case: its responsible officer
  let contact: string; // SYD, on the team as CONTACT_OFFICER
  let social: string; // SYD, on the team as SOCIAL_SECRETARY: not told of breaches by default
  let bystander: string; // SYD, on no team: summary only, then break-glass
  let stockholm: string;
  let national: string;
  let auditor: string;
  let municipality: string;
  const ids: Record<string, string> = {};

  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
    (await app.graphql(query, { token, purpose: 'AVH conditions test', variables })).body as Body;
  const code = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    errorCodeOf(await gql(token, query, variables));
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Data;
  }
  const conditionRows = async () =>
    (await sql.query('SELECT id, kind, ended_on FROM case_condition WHERE case_id = $1 ORDER BY recorded_at', [ids.case])).rows;
  const counts = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM case_condition)::int AS c, (SELECT count(*) FROM condition_compliance)::int AS k,
                (SELECT count(*) FROM condition_review)::int AS r`,
      )
    ).rows[0] as { c: number; k: number; r: number };

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '60000' });
    sql = new pg.Client({ connectionString: app.database.url });
    await sql.connect();
    const regional = (sub: string, region = 'SYD') => app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: region }, { sub });
    opener = await regional('syd-opener');
    contact = await regional('syd-contact');
    social = await regional('syd-social');
    bystander = await regional('syd-bystander');
    stockholm = await regional('sthlm-officer', 'STOCKHOLM');
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-officer' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });
    municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' }, { sub: 'hbg-social' });

    ids.defector = (
      await ok(opener, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind: 'DEFECTOR', givenName: 'Villkorsson', familyName: 'Hemlig', personalIdentityNumber: '19900101-0017' },
      })
    ).registerPerson.id;
    const opened = await ok(opener, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
      i: { region: 'SYD', homeMunicipalityCode: '1283', defectorId: ids.defector, eligibility: ELIGIBLE },
    });
    ids.case = opened.openCase.id;
    ids.reference = opened.openCase.reference;
    for (const [sub, role] of [
      ['syd-contact', 'CONTACT_OFFICER'],
      ['syd-social', 'SOCIAL_SECRETARY'],
    ]) {
      await ok(
        opener,
        'mutation($c: ID!, $o: String!, $r: TeamRole!) { addTeamMember(caseId: $c, officer: $o, role: $r, reason: "arbetar med fallet") { id } }',
        {
          c: ids.case,
          o: sub,
          r: role,
        },
      );
    }
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  it('records a condition with its areas, text, breach rule and who is told; the responsible officer always is', async () => {
    const added = (await ok(opener, ADD, { c: ids.case, i: STAY_AWAY })).addCondition;
    expect(added).toMatchObject({
      kind: 'STAY_AWAY_FROM_AREA',
      areas: [{ code: '1280' }, { code: '1281' }],
      description: AREA_TEXT,
      breachRule: BREACH_RULE,
      notify: ['RESPONSIBLE_OFFICER', 'LOCAL_COORDINATOR', 'CONTACT_OFFICER'],
      signedOn: SIGNED,
      addedBy: 'syd-opener',
      endedOn: null,
      currentCompliance: null,
      compliance: [],
      reviews: [],
    });
    ids.stayAway = added.id;
    const drugs = (
      await ok(opener, ADD, { c: ids.case, i: { kind: 'DRUG_TESTS', breachRule: 'Positivt eller uteblivet prov', signedOn: SIGNED } })
    ).addCondition;
    expect(drugs.notify).toEqual(['RESPONSIBLE_OFFICER', 'LOCAL_COORDINATOR']);
    expect(drugs.areas).toEqual([]);
    ids.drugs = drugs.id;
    const listed = (await ok(opener, CASE_CONDITIONS, { id: ids.case })).case.conditions as Data[];
    expect(listed.map((c) => c.id)).toEqual([ids.stayAway, ids.drugs]);
  });

  it('keeps areas, texts and names sealed: nothing protected is in the tables in plaintext', async () => {
    const rows = (await sql.query('SELECT * FROM case_condition WHERE case_id = $1', [ids.case])).rows as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    // Every column but the ids, the kind and the dates is bytea; none holds a protected value in any encoding.
    const values = rows.flatMap((row) => Object.values(row).filter((v): v is Buffer => Buffer.isBuffer(v)));
    expect(values.length).toBeGreaterThanOrEqual(10);
    for (const secret of ['Rosengård', 'Malmö', '1280', '1281', 'syd-opener', 'CONTACT_OFFICER', 'LOCAL_COORDINATOR', 'Positivt'])
      for (const value of values) expect(value.includes(Buffer.from(secret))).toBe(false);
    expect(Object.keys(rows[0]!).sort()).toEqual([
      'added_by_sealed',
      'breach_rule_sealed',
      'case_id',
      'end_reason_sealed',
      'ended_by_sealed',
      'ended_on',
      'id',
      'kind',
      'notify_sealed',
      'recorded_at',
      'row_mac',
      'signed_on',
      'terms_sealed',
    ]);
    expect(rows.every((row) => Buffer.isBuffer(row.row_mac))).toBe(true);
  });

  it('records compliance over time; a breach raises one review, told to the roles the condition names', async () => {
    const met = (await ok(contact, RECORD, { id: ids.stayAway, i: { compliance: 'MET', observedOn: addDays(TODAY, -30) } }))
      .recordCompliance;
    expect(met.currentCompliance).toBe('MET');
    expect(met.reviews).toEqual([]);
    const breached = (
      await ok(contact, RECORD, { id: ids.stayAway, i: { compliance: 'BREACHED', observedOn: addDays(TODAY, -2), note: NOTE } })
    ).recordCompliance;
    expect(breached.currentCompliance).toBe('BREACHED');
    expect(breached.compliance.map((c: Data) => [c.compliance, c.recordedBy])).toEqual([
      ['MET', 'syd-contact'],
      ['BREACHED', 'syd-contact'],
    ]);
    expect(breached.compliance[1].note).toBe(NOTE);
    expect(breached.reviews).toHaveLength(1);
    expect(breached.reviews[0]).toMatchObject({ conditionId: ids.stayAway, conditionKind: 'STAY_AWAY_FROM_AREA', closedAt: null });
    expect(breached.reviews[0].breach).toEqual({ id: breached.compliance[1].id, compliance: 'BREACHED' });
    ids.review = breached.reviews[0].id;
    // An earlier observation recorded later does not hide the breach: the latest observed grade is shown.
    const late = (await ok(contact, RECORD, { id: ids.stayAway, i: { compliance: 'PARTLY', observedOn: addDays(TODAY, -20) } }))
      .recordCompliance;
    expect(late.currentCompliance).toBe('BREACHED');
    expect(late.reviews).toHaveLength(1);
    expect(
      (await sql.query('SELECT note_sealed FROM condition_compliance WHERE note_sealed IS NOT NULL')).rows[0].note_sealed.includes(
        Buffer.from('Möllevång'),
      ),
    ).toBe(false);

    const reviewsOf = async (token: string) => ((await ok(token, REVIEWS)).conditionReviews as Data[]).map((r) => r.id);
    expect(await reviewsOf(opener)).toEqual([ids.review]);
    expect(await reviewsOf(contact)).toEqual([ids.review]);
    expect(await reviewsOf(national)).toEqual([ids.review]);
    // Told only to the roles named: the social secretary is on the team, but not told; others not at all.
    expect(await reviewsOf(social)).toEqual([]);
    expect(await reviewsOf(bystander)).toEqual([]);
    expect(await reviewsOf(stockholm)).toEqual([]);
    const shown = (await ok(opener, REVIEWS)).conditionReviews[0];
    expect(shown).toMatchObject({ caseId: ids.case, caseReference: ids.reference, breach: { note: NOTE } });
  });

  it('closes a review once, with the decision and who; it leaves the open list', async () => {
    const closed = (await ok(opener, CLOSE, { id: ids.review, d: 'Samtal hållet, nytt villkor om anmälan' })).closeConditionReview;
    expect(closed).toMatchObject({ id: ids.review, closedBy: 'syd-opener', decision: 'Samtal hållet, nytt villkor om anmälan' });
    expect(closed.closedAt).not.toBeNull();
    expect(await code(opener, CLOSE, { id: ids.review, d: 'igen igen' })).toBe('BAD_USER_INPUT');
    expect((await ok(opener, REVIEWS)).conditionReviews).toEqual([]);
    expect(((await ok(opener, REVIEWS, { o: false })).conditionReviews as Data[]).map((r) => r.id)).toEqual([ids.review]);
    expect(((await ok(opener, REVIEWS, { o: null })).conditionReviews as Data[]).map((r) => r.id)).toEqual([ids.review]);
  });

  it('ends a condition with who and why; later observations are refused, earlier ones still recorded', async () => {
    const ended = (await ok(opener, END, { id: ids.drugs, r: 'Villkoret löpte ut', on: addDays(TODAY, -1) })).endCondition;
    expect(ended).toMatchObject({ endedOn: addDays(TODAY, -1), endReason: 'Villkoret löpte ut' });
    expect(await code(opener, END, { id: ids.drugs, r: 'igen igen' })).toBe('BAD_USER_INPUT');
    expect(await code(opener, RECORD, { id: ids.drugs, i: { compliance: 'MET', observedOn: TODAY } })).toBe('BAD_USER_INPUT');
    // An observation short of a breach raises a review when the recorder asks for one.
    const earlier = (
      await ok(opener, RECORD, { id: ids.drugs, i: { compliance: 'PARTLY', observedOn: addDays(TODAY, -3), raiseReview: true } })
    ).recordCompliance;
    expect(earlier.currentCompliance).toBe('PARTLY');
    expect(earlier.reviews).toHaveLength(1);
    expect(earlier.reviews[0].breach.compliance).toBe('PARTLY');
    expect(((await ok(opener, REVIEWS)).conditionReviews as Data[]).map((r) => r.conditionKind)).toEqual(['DRUG_TESTS']);
  });

  it('refuses bad input clearly and changes nothing', async () => {
    const before = await counts();
    const bad: [string, string, Record<string, unknown>][] = [
      ['areas missing', ADD, { c: ids.case, i: { ...STAY_AWAY, areaMunicipalityCodes: [] } }],
      ['areas on another kind', ADD, { c: ids.case, i: { ...STAY_AWAY, kind: 'REPORTING' } }],
      ['unknown municipality', ADD, { c: ids.case, i: { ...STAY_AWAY, areaMunicipalityCodes: ['9999'] } }],
      ['OTHER without text', ADD, { c: ids.case, i: { kind: 'OTHER', breachRule: 'Allt som bryter', signedOn: SIGNED } }],
      ['empty breach rule', ADD, { c: ids.case, i: { kind: 'REPORTING', breachRule: '  ', signedOn: SIGNED } }],
      ['signed in the future', ADD, { c: ids.case, i: { kind: 'REPORTING', breachRule: 'Utebliven', signedOn: addDays(TODAY, 1) } }],
      ['control characters', ADD, { c: ids.case, i: { kind: 'REPORTING', breachRule: 'Ute\u202eblev', signedOn: SIGNED } }],
      ['unknown notify role', ADD, { c: ids.case, i: { kind: 'REPORTING', breachRule: 'Utebliven', notify: ['BOSS'], signedOn: SIGNED } }],
      ['observed in the future', RECORD, { id: ids.stayAway, i: { compliance: 'MET', observedOn: addDays(TODAY, 1) } }],
      ['observed before signing', RECORD, { id: ids.stayAway, i: { compliance: 'MET', observedOn: addDays(SIGNED, -1) } }],
      ['unknown grade', RECORD, { id: ids.stayAway, i: { compliance: 'MAYBE', observedOn: TODAY } }],
      ['ended before signing', END, { id: ids.stayAway, r: 'Felaktigt', on: addDays(SIGNED, -1) }],
      ['empty reason', END, { id: ids.stayAway, r: ' ' }],
      ['empty decision', CLOSE, { id: ids.review, d: '' }],
    ];
    for (const [what, query, variables] of bad) {
      const body = await gql(opener, query, variables);
      expect([what, errorCodeOf(body)]).toEqual([what, 'BAD_USER_INPUT']);
      expect(JSON.stringify(body.errors)).not.toContain('9999');
    }
    expect(await counts()).toEqual(before);
    expect((await conditionRows()).find((r) => r.id === ids.stayAway)?.ended_on).toBeNull();
  });

  it('shows nothing of conditions to a summary reader, and another region gets what a missing id gets', async () => {
    const before = await counts();
    const missing = '00000000-0000-4000-8000-000000000000';
    // mate: the case exists for them (summary), its conditions do not
    expect(await code(bystander, CASE_CONDITIONS, { id: ids.case })).toBe('FORBIDDEN');
    expect(await code(bystander, ADD, { c: ids.case, i: STAY_AWAY })).toBe('FORBIDDEN');
    expect(await code(bystander, RECORD, { id: ids.stayAway, i: { compliance: 'MET', observedOn: TODAY } })).toBe('FORBIDDEN');
    const summary = await gql(bystander, 'query($id: ID!) { caseSummary(id: $id) { id status } }', { id: ids.case });
    expect(JSON.stringify(summary)).not.toMatch(/STAY_AWAY|BREACH|Rosengård/);
    // other region: exactly as missing ids
    for (const [query, real, fake] of [
      [CASE_CONDITIONS, { id: ids.case }, { id: missing }],
      [ADD, { c: ids.case, i: STAY_AWAY }, { c: missing, i: STAY_AWAY }],
      [
        RECORD,
        { id: ids.stayAway, i: { compliance: 'MET', observedOn: TODAY } },
        { id: missing, i: { compliance: 'MET', observedOn: TODAY } },
      ],
      [END, { id: ids.stayAway, r: 'Inte min' }, { id: missing, r: 'Inte min' }],
      [CLOSE, { id: ids.review, d: 'Inte min' }, { id: missing, d: 'Inte min' }],
    ] as const) {
      const a = await gql(stockholm, query, real);
      const b = await gql(stockholm, query, fake);
      expect(errorCodeOf(a)).toBe('NOT_FOUND');
      expect(a.errors?.map((e) => e.message)).toEqual(b.errors?.map((e) => e.message));
    }
    expect(await code(stockholm, RECORD, { id: 'not-a-uuid', i: { compliance: 'MET', observedOn: TODAY } })).toBe('NOT_FOUND');
    // neither municipalities nor auditors work conditions
    expect(await code(municipality, CASE_CONDITIONS, { id: ids.case })).toBe('FORBIDDEN');
    expect(await code(municipality, REVIEWS)).toBe('FORBIDDEN');
    expect(await code(auditor, ADD, { c: ids.case, i: STAY_AWAY })).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('gives a break-glass reader the conditions while it lasts, and national coordination always', async () => {
    await ok(bystander, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "Jour: tips om brott mot villkor") { expiresAt } }', {
      c: ids.case,
    });
    const seen = (await ok(bystander, CASE_CONDITIONS, { id: ids.case })).case.conditions as Data[];
    expect(seen.map((c) => c.id)).toEqual([ids.stayAway, ids.drugs]);
    expect(seen[0].reviews).toHaveLength(1);
    // Not told of breaches: break-glass gives reading, not a place on the team.
    expect((await ok(bystander, REVIEWS, { o: null })).conditionReviews).toEqual([]);
    const nat = (await ok(national, CASE_CONDITIONS, { id: ids.case })).case.conditions as Data[];
    expect(nat[0].breachRule).toBe(BREACH_RULE);
    const added = (
      await ok(national, ADD, { c: ids.case, i: { kind: 'NO_NETWORK_CONTACT', breachRule: 'Kontakt med nätverket', signedOn: TODAY } })
    ).addCondition;
    expect(added.addedBy).toBe('noa-officer');
  });

  it('audits every change and read, refusals included, with ids only', async () => {
    const events = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 200) { events { action actor outcome resourceType } } }', {
        r: ids.stayAway,
      })
    ).auditEvents.events as { action: string; actor: string; outcome: string; resourceType: string }[];
    expect(events.filter((e) => e.action.includes('recordCompliance') && e.actor === 'syd-contact' && e.outcome === 'ok')).toHaveLength(3);
    expect(events.some((e) => e.action.includes('recordCompliance') && e.actor === 'sthlm-officer' && e.outcome === 'denied')).toBe(true);
    expect(events.some((e) => e.action.includes('recordCompliance') && e.actor === 'syd-bystander' && e.outcome === 'denied')).toBe(true);
    expect(events.every((e) => e.resourceType === 'condition')).toBe(true);
    const onCase = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 200) { events { action actor outcome } } }', {
        r: ids.case,
      })
    ).auditEvents.events as { action: string; actor: string; outcome: string }[];
    expect(onCase.filter((e) => e.action.includes('addCondition') && e.outcome === 'ok').length).toBeGreaterThanOrEqual(3);
    const review = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 50) { events { action actor outcome } } }', {
        r: ids.review,
      })
    ).auditEvents.events as { action: string; actor: string; outcome: string }[];
    expect(review.some((e) => e.action.includes('closeConditionReview') && e.actor === 'syd-opener' && e.outcome === 'ok')).toBe(true);
    const all = JSON.stringify(await sql.query("SELECT * FROM audit_event WHERE action LIKE '%ondition%'").then((r) => r.rows));
    for (const secret of ['Rosengård', 'Möllevång', 'Malmö eller Lund']) expect(all).not.toContain(secret);
  });

  it('refuses a reopened review and an un-ended condition: the row MACs do not match', async () => {
    const tamper = async (table: string, id: string, change: string, probe: () => Promise<Body>) => {
      // The original row is kept in PostgreSQL, so every value goes back exactly as it was (dates included).
      await sql.query(`CREATE TEMP TABLE original AS SELECT * FROM ${table} WHERE id = $1`, [id]);
      try {
        expect((await sql.query(`UPDATE ${table} SET ${change} WHERE id = $1`, [id])).rowCount).toBe(1);
        return await probe();
      } finally {
        const columns = (
          (await sql.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1', [table])).rows as {
            column_name: string;
          }[]
        )
          .map((r) => r.column_name)
          .filter((c) => c !== 'id');
        await sql.query(`UPDATE ${table} t SET ${columns.map((c) => `${c} = o.${c}`).join(', ')} FROM original o WHERE t.id = o.id`);
        await sql.query('DROP TABLE original');
      }
    };
    const reopened = await tamper('condition_review', ids.review, 'closed_at = NULL, closed_by_sealed = NULL, decision_sealed = NULL', () =>
      gql(opener, REVIEWS, { o: null }),
    );
    expect(errorCodeOf(reopened)).toBe('INTEGRITY_ERROR');
    const unended = await tamper('case_condition', ids.drugs, 'ended_on = NULL, ended_by_sealed = NULL, end_reason_sealed = NULL', () =>
      gql(opener, CASE_CONDITIONS, { id: ids.case }),
    );
    expect(errorCodeOf(unended)).toBe('INTEGRITY_ERROR');
    // Restored, both read again.
    expect((await gql(opener, CASE_CONDITIONS, { id: ids.case })).errors).toBeUndefined();
    expect((await gql(opener, REVIEWS, { o: null })).errors).toBeUndefined();
  });

  it('refuses a tampered compliance grade: the row MAC does not match', async () => {
    await sql.query("UPDATE condition_compliance SET compliance = 'MET' WHERE compliance = 'BREACHED'");
    const body = await gql(opener, CASE_CONDITIONS, { id: ids.case });
    expect(errorCodeOf(body)).toBe('INTEGRITY_ERROR');
    expect(body.data?.case ?? null).toBeNull();
  });
});
