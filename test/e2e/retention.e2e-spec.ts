import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import pg from 'pg';
import { ready } from '@registry/crypto';
import { auditDatabaseOf } from '../../apps/registry-api/src/audit/audit-database.js';
import { PostgresAuditStore } from '../../apps/registry-api/src/audit/postgres-audit-store.js';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { RetentionService } from '../../apps/registry-api/src/retention/retention.service.js';
import { RetentionWorker } from '../../apps/registry-api/src/retention/retention.worker.js';
import { retentionCommand } from '../../apps/registry-cli/src/commands/retention.command.js';
import { startEmbeddedTestApp, startTestApp, type TestApp } from '../support/test-app.js';
import { queryRows } from '../support/test-database.js';
import {
  cliEnv,
  graphqlOf,
  identityNumber,
  openHousehold,
  READ_CASE,
  type Body,
  type Household,
  type HouseholdNames,
} from './keys-support.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TODAY = todayInSweden();
/** Forty days on: past the thirty days this suite keeps ended placements, well short of a closed case's year. */
const LATER = new Date(Date.now() + 40 * DAY_MS);

const names = (family: string, serial: string): HouseholdNames => ({
  defector: ['Agnes', family],
  relative: ['Bertil', family],
  defectorNumber: identityNumber('19880101', serial),
  summary: `summary-of-${family}`,
});
const EXPIRED_CASE = names('Gallrasson', '111');
const KEPT_CASE = names('Behallsson', '222');
const ENDED = names('Avslutsson', '333');
const ACTIVE = names('Pagaendesson', '444');

const PLACEMENT_FIELDS = 'placements { id municipality { code } endedOn }';
const READ_PLACEMENTS = `query($id: ID!) { case(id: $id) { proposals { id } ${PLACEMENT_FIELDS} } }`;
const PREVIEW = '{ retentionPreview { asOf job kinds { kind retentionDays lastExpiredDay expiredBefore expired } } }';

const expiredOf = (body: Body) =>
  Object.fromEntries((body.data?.retentionPreview.kinds as { kind: string; expired: number }[]).map((k) => [k.kind, k.expired]));

/**
 * The retention schedule on a real database: what has expired becomes unreadable (answers as erased data),
 * what has not stays; the dry run changes nothing; the run is audited as counts and is idempotent.
 */
describe('retention schedule', () => {
  let app: TestApp;
  let national: string;
  let gql: ReturnType<typeof graphqlOf>;
  let expired: Household;
  let kept: Household;
  let ended: Household;
  let active: Household;
  let endedClearance: string;
  let freePersonId: string;
  let networkId: string;

  const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    queryRows<T>(app.database.url, text, values);

  /** Every row the schedule could touch, as the database holds it (audit_personal grows with every audit event: apart). */
  const snapshot = async () => ({
    keys: await sql('SELECT id, wrapped, shredded_at FROM data_key ORDER BY id'),
    placements: await sql('SELECT id, municipality_sealed, erased_at FROM placement ORDER BY id'),
    proposals: await sql('SELECT id, municipality_sealed, check_sealed FROM proposal ORDER BY id'),
    presences: await sql('SELECT id FROM network_presence ORDER BY id'),
    affiliations: await sql('SELECT id FROM affiliation ORDER BY id'),
    facts: await sql('SELECT version FROM facts_version'),
  });

  async function place(household: Household, code: string): Promise<{ placementId: string; reference: string }> {
    const proposed = await gql(national, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
      i: { caseId: household.caseId, municipalityCode: code, housingType: 'PROTECTED_HOUSING', startDate: TODAY, endDate: '2027-06-30' },
    });
    expect(proposed.data?.submitProposal.status).toBe('CLEARED');
    const placed = await gql(national, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', {
      p: proposed.data?.submitProposal.id,
    });
    expect(placed.errors).toBeUndefined();
    return {
      placementId: placed.data?.confirmPlacement.id as string,
      reference: proposed.data?.submitProposal.clearanceReference as string,
    };
  }

  async function affiliate(personId: string, validTo: string): Promise<void> {
    const body = await gql(
      national,
      'mutation($p: ID!, $n: ID!, $t: Date) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2015-01-01", validTo: $t) { id } }',
      { p: personId, n: networkId, t: validTo },
    );
    expect(body.errors).toBeUndefined();
  }

  beforeAll(async () => {
    await ready();
    app = await startTestApp({ RETENTION_ENDED_PLACEMENT_DAYS: '30' });
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'national-coordinator' });
    gql = graphqlOf(app);
    expired = await openHousehold(gql, national, EXPIRED_CASE);
    kept = await openHousehold(gql, national, KEPT_CASE);
    ended = await openHousehold(gql, national, ENDED);
    active = await openHousehold(gql, national, ACTIVE);
    for (const household of [expired, kept]) {
      const closed = await gql(national, 'mutation($c: ID!) { closeCase(caseId: $c, status: COMPLETED) { status } }', {
        c: household.caseId,
      });
      expect(closed.data?.closeCase.status).toBe('COMPLETED');
    }
    // Closed 400 days ago: closed_at is the clock of a closed case (set by closeCase), not under a row MAC.
    await sql("UPDATE registry_case SET closed_at = now() - interval '400 days' WHERE id = $1", [expired.caseId]);

    const placedEnded = await place(ended, '2480');
    endedClearance = placedEnded.reference;
    const endedBody = await gql(
      national,
      'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: COMPLETED) { endedOn } }',
      {
        p: placedEnded.placementId,
        d: TODAY,
      },
    );
    expect(endedBody.data?.endPlacement.endedOn).toBe(TODAY);
    await place(active, '2584');

    const network = await gql(
      national,
      'mutation { createNetwork(input: { name: "Gallringsligan", category: LOCAL_NETWORK, reach: LOCAL }) { id } }',
    );
    networkId = network.data?.createNetwork.id as string;
    for (const [validFrom, validTo] of [
      ['2019-01-01', '2020-06-30'],
      ['2025-01-01', TODAY],
    ]) {
      const body = await gql(
        national,
        'mutation($n: ID!, $f: Date!, $t: Date) { addNetworkPresence(networkId: $n, municipalityCode: "0180", confidence: CONFIRMED, validFrom: $f, validTo: $t) { id } }',
        { n: networkId, f: validFrom, t: validTo },
      );
      expect(body.errors).toBeUndefined();
    }
    const free = await gql(
      national,
      'mutation { registerPerson(input: { kind: OTHER, givenName: "Fri", familyName: "Personsson" }) { id } }',
    );
    freePersonId = free.data?.registerPerson.id as string;
    // Ended six years ago, both: the free person's goes, the open case's defector keeps his.
    await affiliate(freePersonId, '2020-06-30');
    await affiliate(active.defectorId, '2020-06-30');

    // One audit event logged six years ago, as an operator tool appends: its personal fields have expired.
    const store = new PostgresAuditStore(auditDatabaseOf(app.registry.app.get<DataSource>(getDataSourceToken())));
    await store.appendAll([
      {
        at: new Date(Date.now() - 6 * 365 * DAY_MS).toISOString(),
        actor: 'officer-long-ago',
        roles: ['POLICE_REGIONAL'],
        scope: 'SYD',
        action: 'case',
        resourceType: 'case',
        resourceId: 'old-case',
        purpose: 'Ärende för länge sedan',
        outcome: 'ok',
        requestId: null,
        clientAddress: '10.9.9.9',
      },
    ]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('retentionPreview shows counts per kind now, to auditors and national coordination only', async () => {
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    const body = (await app.graphql(PREVIEW, { token: auditor }).expect(200)).body as Body;
    expect(body.errors).toBeUndefined();
    expect(body.data?.retentionPreview.job).toBe('off');
    // Now: the case closed 400 days ago, the presence and the free person's affiliation ended in 2020, the
    // audit event of six years ago; the placement that ended today is kept thirty days.
    expect(expiredOf(body)).toEqual({ CLOSED_CASE: 1, ENDED_PLACEMENT: 0, PRESENCE: 1, AFFILIATION: 1, AUDIT_PERSONAL: 1 });
    const kinds = body.data?.retentionPreview.kinds as { kind: string; retentionDays: number; lastExpiredDay: string | null }[];
    expect(kinds.map((k) => [k.kind, k.retentionDays])).toEqual([
      ['CLOSED_CASE', 365],
      ['ENDED_PLACEMENT', 30],
      ['PRESENCE', 1095],
      ['AFFILIATION', 1095],
      ['AUDIT_PERSONAL', 1825],
    ]);
    expect(kinds[1]?.lastExpiredDay).toBe(new Date(Date.parse(`${TODAY}T00:00:00Z`) - 31 * DAY_MS).toISOString().slice(0, 10));

    expect(expiredOf((await gql(national, PREVIEW)) as Body).CLOSED_CASE).toBe(1);
    const regional = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' });
    const municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '2480' });
    for (const token of [regional, municipality]) {
      const refused = (await app.graphql(PREVIEW, { token, purpose: 'retention test' }).expect(200)).body as Body;
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('the dry run (service and operator command) counts what would go and changes nothing', async () => {
    const before = await snapshot();
    const personalBefore = await sql('SELECT seq FROM audit_personal ORDER BY seq');
    const preview = await app.registry.app.get(RetentionService).preview(LATER);
    expect(Object.fromEntries(preview.kinds.map((k) => [k.kind, k.expired]))).toEqual({
      CLOSED_CASE: 1,
      ENDED_PLACEMENT: 1,
      PRESENCE: 1,
      AFFILIATION: 1,
      AUDIT_PERSONAL: 1,
    });
    const output = await retentionCommand(['--dry-run'], { ...cliEnv(app), RETENTION_ENDED_PLACEMENT_DAYS: '30' });
    expect(output).toMatch(/^dry run: nothing was erased/);
    expect(output).toMatch(/CLOSED_CASE +kept 365 days; 1 would be erased/);
    expect(output).toMatch(/ENDED_PLACEMENT +kept 30 days; 0 would be erased/);
    expect(output).toMatch(/AFFILIATION +kept 1095 days; 1 would be erased/);
    for (const secret of [...EXPIRED_CASE.defector, expired.caseId, expired.reference]) expect(output).not.toContain(secret);
    expect(await snapshot()).toEqual(before);
    expect(await sql('SELECT seq FROM audit_personal ORDER BY seq')).toEqual(personalBefore);
    expect(await sql("SELECT 1 FROM audit_event WHERE action IN ('retention.run', 'case.shred')")).toEqual([]);
  });

  it('a run erases what has expired: the closed case reads as erased, the ended placement and its clearance are gone', async () => {
    // Both placements' clearances answer their destination before the run.
    const destination = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '2480' });
    const clearance = 'query($r: String!) { clearance(reference: $r) { cleared municipality { code } } }';
    const before = (await app.graphql(clearance, { token: destination, purpose: 'retention test', variables: { r: endedClearance } }))
      .body as Body;
    expect(before.data?.clearance).toEqual({ cleared: false, municipality: { code: '2480' } });

    const run = await app.registry.app.get(RetentionService).run(LATER);
    expect(run.counts).toEqual({ CLOSED_CASE: 1, ENDED_PLACEMENT: 1, PRESENCE: 1, AFFILIATION: 1, AUDIT_PERSONAL: 1 });

    const erasedRead = await gql(national, READ_CASE, { id: expired.caseId });
    expect(erasedRead.errors?.[0]?.extensions.code).toBe('DATA_ERASED');
    expect(JSON.stringify(erasedRead)).not.toContain(EXPIRED_CASE.summary);
    const person = await gql(national, 'query($id: ID!) { person(id: $id) { givenName } }', { id: expired.defectorId });
    expect(person.errors?.[0]?.extensions.code).toBe('DATA_ERASED');

    const after = (await app.graphql(clearance, { token: destination, purpose: 'retention test', variables: { r: endedClearance } }))
      .body as Body;
    expect(after.errors?.[0]?.extensions.code).toBe('DATA_ERASED');
    expect(JSON.stringify(after)).not.toContain('2480');
    // The open case lives on without the erased placement and its proposal; the dates stay in the row for statistics.
    const endedCase = await gql(national, READ_PLACEMENTS, { id: ended.caseId });
    expect(endedCase.errors).toBeUndefined();
    expect(endedCase.data?.case).toEqual({ proposals: [], placements: [] });
    const [row] = await sql<{ municipality_sealed: Buffer | null; erased: boolean; start_date: string }>(
      "SELECT municipality_sealed, erased_at IS NOT NULL AS erased, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM placement WHERE case_id = $1",
      [ended.caseId],
    );
    expect(row).toEqual({ municipality_sealed: null, erased: true, start_date: TODAY });
    expect(
      await sql('SELECT 1 FROM proposal WHERE case_id = $1 AND (municipality_sealed IS NOT NULL OR check_sealed IS NOT NULL)', [
        ended.caseId,
      ]),
    ).toEqual([]);

    const presences = await gql(national, 'query($n: ID!) { networkPresences(networkId: $n) { validTo } }', { n: networkId });
    expect(presences.data?.networkPresences).toEqual([{ validTo: TODAY }]);
    const freeAffiliations = await gql(national, 'query($p: ID!) { affiliations(personId: $p) { id } }', { p: freePersonId });
    expect(freeAffiliations.data?.affiliations).toEqual([]);
    expect(await sql("SELECT 1 FROM audit_personal p JOIN audit_event e ON e.seq = p.seq WHERE e.resource_id = 'old-case'")).toEqual([]);
  });

  it('what has not expired stays readable, and the checker still runs over the erased placement', async () => {
    const keptCase = await gql(national, READ_CASE, { id: kept.caseId });
    expect(keptCase.errors).toBeUndefined();
    expect(keptCase.data?.case).toMatchObject({
      status: 'COMPLETED',
      defector: { familyName: KEPT_CASE.defector[1] },
      threatAssessment: { summary: KEPT_CASE.summary },
    });
    const activeCase = await gql(national, READ_PLACEMENTS, { id: active.caseId });
    expect(activeCase.data?.case.placements).toEqual([{ id: expect.any(String), municipality: { code: '2584' }, endedOn: null }]);
    const affiliations = await gql(national, 'query($p: ID!) { affiliations(personId: $p) { validTo } }', { p: active.defectorId });
    expect(affiliations.data?.affiliations).toEqual([{ validTo: '2020-06-30' }]);
    const checked = await gql(national, 'query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "2480") { cleared } }', {
      c: ended.caseId,
    });
    expect(checked.errors).toBeUndefined();
    expect(checked.data?.checkDestination.cleared).toBe(true);
  });

  it('the run is audited as counts per kind and the shredded case by its id, never a value', async () => {
    const events = await sql<{ actor: string | null; action: string; resource_type: string; resource_id: string }>(
      `SELECT p.actor, e.action, e.resource_type, e.resource_id FROM audit_event e LEFT JOIN audit_personal p ON p.seq = e.seq
        WHERE e.action IN ('retention.run', 'case.shred', 'audit.personalErased') ORDER BY e.seq`,
    );
    expect(events.map(({ action, resource_type, resource_id }) => ({ action, resource_type, resource_id }))).toEqual([
      { action: 'case.shred', resource_type: 'case', resource_id: expired.caseId },
      { action: 'audit.personalErased', resource_type: 'audit.events', resource_id: expect.stringMatching(/^\d+-\d+$/) },
      {
        action: 'retention.run',
        resource_type: 'retention',
        resource_id: 'CLOSED_CASE=1,ENDED_PLACEMENT=1,PRESENCE=1,AFFILIATION=1,AUDIT_PERSONAL=1',
      },
    ]);
    expect(events.every((event) => event.actor === 'system')).toBe(true);
    const log = JSON.stringify(await sql('SELECT * FROM audit_event')) + app.logs.join('\n');
    for (const secret of [...EXPIRED_CASE.defector, EXPIRED_CASE.summary, EXPIRED_CASE.defectorNumber, 'Gallringsligan']) {
      expect(log).not.toContain(secret);
    }
  });

  it('is idempotent: a second run, the operator command and the daily job erase nothing more, and say so', async () => {
    const before = await snapshot();
    const again = await app.registry.app.get(RetentionService).run(LATER);
    expect(again.counts).toEqual({ CLOSED_CASE: 0, ENDED_PLACEMENT: 0, PRESENCE: 0, AFFILIATION: 0, AUDIT_PERSONAL: 0 });
    const output = await retentionCommand([], { ...cliEnv(app), RETENTION_ENDED_PLACEMENT_DAYS: '30' });
    expect(output).toMatch(/CLOSED_CASE +kept 365 days; 0 erased/);
    // The daily job runs once per Swedish day, however often it looks.
    const worker = app.registry.app.get(RetentionWorker);
    await worker.tick(LATER);
    await worker.tick(LATER);
    expect(await snapshot()).toEqual(before);
    // Nothing left to erase, so no personal field of an event was erased either: the old event's stays gone, the others stay.
    expect(
      await sql(
        "SELECT count(*)::int AS n FROM audit_personal p JOIN audit_event e ON e.seq = p.seq WHERE e.at < now() - interval '5 years'",
      ),
    ).toEqual([{ n: 0 }]);
    const runs = await sql<{ actor: string; resource_id: string }>(
      `SELECT p.actor, e.resource_id FROM audit_event e JOIN audit_personal p ON p.seq = e.seq WHERE e.action = 'retention.run' ORDER BY e.seq`,
    );
    const zero = 'CLOSED_CASE=0,ENDED_PLACEMENT=0,PRESENCE=0,AFFILIATION=0,AUDIT_PERSONAL=0';
    expect(runs.slice(1)).toEqual([
      { actor: 'system', resource_id: zero },
      { actor: 'operator:key-custodian', resource_id: zero },
      { actor: 'system', resource_id: zero },
    ]);
  });
});

/** The embedded database has one backend: the dry run and the run must join the request's transaction, never open a second. */
describe('retention on the embedded database', () => {
  let app: TestApp;
  beforeAll(async () => {
    await ready();
    app = await startEmbeddedTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers retentionPreview, runs, and still answers other requests', async () => {
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    const body = (await app.graphql(PREVIEW, { token: auditor }).expect(200)).body as Body;
    expect(body.errors).toBeUndefined();
    expect(expiredOf(body)).toEqual({ CLOSED_CASE: 0, ENDED_PLACEMENT: 0, PRESENCE: 0, AFFILIATION: 0, AUDIT_PERSONAL: 0 });
    const run = await app.registry.app.get(RetentionService).run();
    expect(run.counts.CLOSED_CASE).toBe(0);
    const after = (await app.graphql('{ municipalities { code } }', { token: auditor }).expect(200)).body as Body;
    expect(after.data?.municipalities).toHaveLength(290);
  });
});
