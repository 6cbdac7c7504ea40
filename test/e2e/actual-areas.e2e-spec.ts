/**
 * Actual areas (issue 14 item 7) through the API on real PostgreSQL: a household member's area counts as
 * home in the checker's HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME (an unconfirmed one warns only), the write
 * is audited, sealed and scoped like the person's other intelligence, and an active placement is
 * re-checked when an area appears at its destination.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { addDays } from '@registry/checker';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { queryRows } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type CheckFlag = { code: string; severity: string; message: string };

const TODAY = todayInSweden();
const PERIOD = { startDate: addDays(TODAY, 30), endDate: addDays(TODAY, 200) };
const AREA_FIELDS = 'id personId municipalityCode kind confidence validFrom validTo sourceNote ended';
const ADD = `mutation($i: ActualAreaInput!) { addActualArea(input: $i) { ${AREA_FIELDS} } }`;
const END = `mutation($id: ID!, $d: Date) { endActualArea(id: $id, endDate: $d) { ${AREA_FIELDS} } }`;
const LIST = `query($p: ID!) { actualAreas(personId: $p) { ${AREA_FIELDS} } }`;
const CHECK = `query($c: ID!, $m: String!, $s: Date, $e: Date) { checkDestination(caseId: $c, municipalityCode: $m, startDate: $s, endDate: $e) { cleared flags { code severity message } } }`;
// Umeå, and Vännäs 28 km from it; the household's home is Helsingborg, 962 km away.
const UMEA = '2480';
const VANNAS = '2460';
const STOCKHOLM = '0180';
const SOURCE_NOTE = 'Källa: spaning vid Hemligvägen 7';

describe('actual areas: where household members really are', () => {
  let app: TestApp;
  let syd: string;
  let mate: string;
  let stockholm: string;
  let national: string;
  let auditor: string;
  let municipality: string;
  const ids: Record<string, string> = {};

  async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
    return (await app.graphql(query, { token, purpose: 'AVH actual areas test', variables })).body as Body;
  }
  async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
    const body = await gql(token, query, variables);
    expect(body.errors).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return body.data as Record<string, any>;
  }
  const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    queryRows<T>(app.database.url, text, values);
  const areaCount = async () => Number((await sql<{ n: string }>('SELECT count(*) AS n FROM actual_area'))[0]!.n);
  async function person(kind: string, givenName: string): Promise<string> {
    return (
      await ok(syd, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
        i: { kind, givenName, familyName: 'Vistelsesson' },
      })
    ).registerPerson.id;
  }
  async function openCase(defector: string, relatives: string[] = []): Promise<string> {
    const caseId = (
      await ok(syd, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
        i: { region: 'SYD', homeMunicipalityCode: '1283', defectorId: defector, relativeIds: relatives, eligibility: ELIGIBLE },
      })
    ).openCase.id as string;
    await ok(syd, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { level: 'HIGH', reach: 'REGIONAL', relocationRequired: true, assessedOn: TODAY, reviewDue: addDays(TODAY, 365) },
    });
    await ok(syd, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: caseId,
      i: { unsuitable: [], minDistanceFromHomeKm: 100, assessedOn: TODAY, reviewDue: addDays(TODAY, 365) },
    });
    return caseId;
  }
  async function check(caseId: string, code: string, period = PERIOD): Promise<{ cleared: boolean; flags: CheckFlag[] }> {
    return (await ok(syd, CHECK, { c: caseId, m: code, s: period.startDate, e: period.endDate })).checkDestination;
  }
  const flag = (result: { flags: CheckFlag[] }, code: string) => result.flags.find((f) => f.code === code);

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'areas-syd-officer' });
    mate = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'areas-syd-mate' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'areas-sthlm-officer' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'areas-national' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'areas-auditor' });
    municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1283' }, { sub: 'areas-helsingborg' });
    ids.defector = await person('DEFECTOR', 'Avhoppare');
    ids.relative = await person('RELATIVE', 'Syster');
    ids.case = await openCase(ids.defector, [ids.relative]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('before any area, Umeå and Vännäs are far enough from home', async () => {
    for (const code of [UMEA, VANNAS]) {
      const result = await check(ids.case, code);
      expect(flag(result, 'HOME_MUNICIPALITY')).toBeUndefined();
      expect(flag(result, 'TOO_CLOSE_TO_HOME')).toBeUndefined();
      expect(result.cleared).toBe(true);
    }
  });

  it('a confirmed area of a relative blocks it as home, and what lies within the minimum distance of it', async () => {
    const added = (
      await ok(syd, ADD, {
        i: {
          personId: ids.relative,
          municipalityCode: UMEA,
          kind: 'LIVES',
          confidence: 'CONFIRMED',
          validFrom: addDays(TODAY, -90),
          sourceNote: SOURCE_NOTE,
        },
      })
    ).addActualArea;
    expect(added).toMatchObject({
      personId: ids.relative,
      municipalityCode: UMEA,
      kind: 'LIVES',
      confidence: 'CONFIRMED',
      validTo: null,
      sourceNote: SOURCE_NOTE,
      ended: false,
    });
    ids.umeaArea = added.id;

    // The write updated this instance's facts at once (the cached household was dropped).
    const umea = await check(ids.case, UMEA);
    expect(flag(umea, 'HOME_MUNICIPALITY')).toEqual({
      code: 'HOME_MUNICIPALITY',
      severity: 'BLOCK',
      message:
        'A household member actually lives or spends time here, by police intelligence, and the threat assessment requires relocation.',
    });
    expect(umea.cleared).toBe(false);
    const vannas = await check(ids.case, VANNAS);
    expect(flag(vannas, 'TOO_CLOSE_TO_HOME')).toEqual({
      code: 'TOO_CLOSE_TO_HOME',
      severity: 'BLOCK',
      message:
        "This municipality is 27.9 km from where a household member actually lives or spends time, nearer than the placement assessment's minimum of 100 km.",
    });
    // No answer names the area: the messages hold neither its code nor its name.
    for (const f of [...umea.flags, ...vannas.flags]) expect(f.message).not.toMatch(/2480|Umeå/);
  });

  it('an unconfirmed area warns and leaves the destination cleared', async () => {
    await ok(syd, ADD, {
      i: { personId: ids.defector, municipalityCode: STOCKHOLM, kind: 'STAYS_OFTEN', confidence: 'POSSIBLE', validFrom: TODAY },
    });
    const result = await check(ids.case, STOCKHOLM);
    expect(flag(result, 'HOME_MUNICIPALITY')?.severity).toBe('WARN');
    expect(result.cleared).toBe(true);
  });

  it('an area that ends before the period does not count', async () => {
    const ended = (await ok(syd, END, { id: ids.umeaArea, d: addDays(TODAY, 10) })).endActualArea;
    expect(ended).toMatchObject({ id: ids.umeaArea, validTo: addDays(TODAY, 10), ended: true });
    expect((await check(ids.case, UMEA)).cleared).toBe(true);
    // The period from today still overlaps it.
    expect(flag(await check(ids.case, UMEA, { startDate: TODAY, endDate: addDays(TODAY, 100) }), 'HOME_MUNICIPALITY')?.severity).toBe(
      'BLOCK',
    );
    expect(errorCodeOf(await gql(syd, END, { id: ids.umeaArea }))).toBe('BAD_USER_INPUT');
  });

  it('lists the areas for those who may see the person, and for nobody else, answering as for a missing id', async () => {
    const mine = (await ok(syd, LIST, { p: ids.relative })).actualAreas as { id: string; municipalityCode: string }[];
    expect(mine.map((a) => [a.id, a.municipalityCode])).toEqual([[ids.umeaArea, UMEA]]);
    expect((await ok(national, LIST, { p: ids.relative })).actualAreas).toHaveLength(1);
    const missing = await gql(syd, LIST, { p: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodeOf(missing)).toBe('NOT_FOUND');
    for (const token of [mate, stockholm]) {
      const body = await gql(token, LIST, { p: ids.relative });
      expect(errorCodeOf(body)).toBe('NOT_FOUND');
      expect(body.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(JSON.stringify(body)).not.toMatch(/2480|Umeå/);
    }
    expect(errorCodeOf(await gql(municipality, LIST, { p: ids.relative }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(auditor, LIST, { p: ids.relative }))).toBe('FORBIDDEN');
  });

  it('refuses writes by callers who may not see the person, and bad input, changing nothing', async () => {
    const before = await areaCount();
    const input = { personId: ids.relative, municipalityCode: UMEA, kind: 'LIVES', confidence: 'CONFIRMED', validFrom: TODAY };
    for (const token of [mate, stockholm]) {
      expect(errorCodeOf(await gql(token, ADD, { i: input }))).toBe('NOT_FOUND');
      const foreign = await gql(token, END, { id: ids.umeaArea });
      const unknown = await gql(token, END, { id: '00000000-0000-4000-8000-000000000000' });
      expect(errorCodeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    }
    expect(errorCodeOf(await gql(municipality, ADD, { i: input }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(syd, ADD, { i: { ...input, municipalityCode: '9999' } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await gql(syd, ADD, { i: { ...input, validTo: addDays(TODAY, -1) } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await gql(syd, ADD, { i: { ...input, kind: 'HIDES' } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await gql(syd, ADD, { i: { ...input, sourceNote: 'dold\u200btext' } }))).toBe('BAD_USER_INPUT');
    expect(await areaCount()).toBe(before);
  });

  it('keeps the municipality and the source note sealed, and audits every write, read and refusal by id only', async () => {
    const rows = await sql<Record<string, unknown>>('SELECT * FROM actual_area WHERE id = $1', [ids.umeaArea]);
    const stored = JSON.stringify(rows[0], (_k, v: unknown) => (v instanceof Buffer ? v.toString('latin1') : v));
    expect(stored).not.toContain(UMEA);
    expect(stored).not.toContain('Hemligvägen');
    expect(rows[0]!.row_mac).toBeTruthy();
    const events = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 100) { events { action actor outcome } } }', {
        r: ids.umeaArea,
      })
    ).auditEvents.events as { action: string; actor: string; outcome: string }[];
    expect(events.some((e) => e.action.includes('addActualArea') && e.actor === 'areas-syd-officer')).toBe(true);
    expect(events.some((e) => e.action.includes('endActualArea') && e.actor === 'areas-syd-officer')).toBe(true);
    expect(events.some((e) => e.action.includes('endActualArea') && e.actor === 'areas-sthlm-officer' && e.outcome !== 'SUCCESS')).toBe(
      true,
    );
    const reads = (
      await ok(auditor, 'query($r: String!) { auditEvents(resourceId: $r, first: 100) { events { action actor outcome } } }', {
        r: ids.relative,
      })
    ).auditEvents.events as { action: string; actor: string }[];
    expect(reads.some((e) => e.action.includes('actualAreas') && e.actor === 'areas-syd-mate')).toBe(true);
    const all = JSON.stringify(await sql('SELECT * FROM audit_event'));
    expect(all).not.toContain('Hemligvägen');
  });

  it('re-checks an active placement when an area appears at its destination, raising an alert', async () => {
    const defector = await person('DEFECTOR', 'Placerad');
    const caseId = await openCase(defector);
    const proposal = (
      await ok(syd, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }', {
        i: { caseId, municipalityCode: UMEA, housingType: 'PROTECTED_HOUSING', startDate: TODAY, endDate: addDays(TODAY, 200) },
      })
    ).submitProposal;
    expect(proposal.status).toBe('CLEARED');
    const placement = (await ok(syd, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposal.id })).confirmPlacement
      .id;
    const alertFlags = async () =>
      (
        (await ok(syd, '{ alerts(acknowledged: false) { placement { id } flags { code } } }')).alerts as {
          placement: { id: string };
          flags: { code: string }[];
        }[]
      ).find((a) => a.placement.id === placement)?.flags;
    // Unconfirmed: a warning, no alert. Re-checks run for it, so wait for the outbox to drain before judging.
    await ok(syd, ADD, { i: { personId: defector, municipalityCode: UMEA, kind: 'OTHER', confidence: 'POSSIBLE', validFrom: TODAY } });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const [pending] = await sql<{ n: string }>('SELECT count(*) AS n FROM recheck_outbox WHERE processed_at IS NULL');
      if (Number(pending!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await alertFlags()).toBeUndefined();
    await ok(syd, ADD, { i: { personId: defector, municipalityCode: UMEA, kind: 'LIVES', confidence: 'PROBABLE', validFrom: TODAY } });
    let flags: { code: string }[] | undefined;
    for (let attempt = 0; attempt < 100 && !flags; attempt += 1) {
      flags = await alertFlags();
      if (!flags) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(flags?.map((f) => f.code)).toContain('HOME_MUNICIPALITY');
  });
});
