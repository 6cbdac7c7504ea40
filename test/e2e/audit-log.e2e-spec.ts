import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  createAuditTestWorld,
  errorCode,
  PROBE_TABLE,
  type AuditTestApp,
  type AuditTestWorld,
  type StoredAuditEvent,
} from './audit-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';
import { wordsOf } from '../support/words.js';

/** Every GraphQL operation and every refusal lands in the chain exactly once, with the purpose sent. */
describe('audit log: one mechanism for every operation and refusal', () => {
  let world: AuditTestWorld;
  let app: AuditTestApp;
  let national: string;
  let stockholm: string;
  let auditor: string;
  let seen = 0;

  /** Events appended since the last call. */
  async function newEvents(): Promise<StoredAuditEvent[]> {
    const rows = await world.sql<StoredAuditEvent>(`SELECT * FROM ${AUDIT_EVENT_ROWS} WHERE seq > $1 ORDER BY seq`, [seen]);
    seen = rows.length > 0 ? Number(rows[rows.length - 1]!.seq) : seen;
    return rows;
  }

  beforeAll(async () => {
    world = await createAuditTestWorld();
    app = await world.start();
    await world.sql(`CREATE TABLE ${PROBE_TABLE} (id uuid PRIMARY KEY)`);
    national = await world.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-7' });
    stockholm = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-3' });
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });
  });
  afterAll(async () => {
    await world.close();
  });
  beforeEach(async () => {
    await newEvents();
  });

  it('a read is logged once, with actor, roles, scope, the purpose sent, request id and client address', async () => {
    const response = await app
      .graphql('{ municipality(code: "1280") { name } }', {
        token: stockholm,
        purpose: 'AVH-2026-000042 follow-up',
        headers: { 'X-Request-Id': 'req-abc.1' },
      })
      .expect(200);
    expect(response.body.data.municipality.name).toBe('Malmö');
    expect(response.headers['x-request-id']).toBe('req-abc.1');
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'sthlm-3',
      roles: ['POLICE_REGIONAL'],
      scope: 'STOCKHOLM',
      action: 'municipality',
      resource_type: null,
      resource_id: null,
      purpose: 'AVH-2026-000042 follow-up',
      outcome: 'ok',
      request_id: 'req-abc.1',
    });
    expect(events[0]!.client_address).toMatch(/127\.0\.0\.1|::1/);
    // The code asked about is public, but the log keeps ids only: nothing of the arguments is stored.
    expect(wordsOf(JSON.stringify(events[0])).has('1280')).toBe(false);
  });

  it('without X-Request-Id, a fresh one is made, returned and logged; two fields of one request share it', async () => {
    const response = await app
      .graphql('{ a: municipality(code: "0180") { code } b: municipalities { code } }', { token: national })
      .expect(200);
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const events = await newEvents();
    expect(events.map((e) => e.action).sort()).toEqual(['municipalities', 'municipality']);
    expect(events.map((e) => e.request_id)).toEqual([id, id]);
    expect(events.every((e) => e.purpose === null)).toBe(true);
  });

  it('a request id that could smuggle text into the log is replaced', async () => {
    await app.graphql('{ municipalities { code } }', { token: national, headers: { 'X-Request-Id': 'a b\tc' } }).expect(200);
    const [event] = await newEvents();
    expect(event!.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('no token: one auth.denied event by "anonymous", and the token is never stored', async () => {
    const response = await app.graphql('{ municipalities { code } }', { purpose: 'probe' });
    expect(errorCode(response.body)).toBe('UNAUTHENTICATED');
    const bad = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmlsIn0.c2lnbmF0dXJl';
    expect(errorCode((await app.graphql('{ networks { id } }', { token: bad })).body)).toBe('UNAUTHENTICATED');
    const events = await newEvents();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actor: 'anonymous',
      roles: [],
      scope: null,
      action: 'auth.denied',
      resource_type: 'operation',
      resource_id: 'municipalities',
      purpose: 'probe',
      outcome: 'denied',
    });
    expect(events[1]).toMatchObject({ actor: 'anonymous', action: 'auth.denied', resource_id: 'networks', outcome: 'denied' });
    expect(JSON.stringify(events)).not.toContain('eyJ');
    expect(JSON.stringify(events)).not.toContain('evil');
  });

  it('wrong role: one forbidden event naming the caller', async () => {
    expect(errorCode((await app.graphql('{ auditEvents { events { seq } } }', { token: stockholm })).body)).toBe('FORBIDDEN');
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'sthlm-3',
      action: 'forbidden',
      resource_id: 'auditEvents',
      outcome: 'denied',
      scope: 'STOCKHOLM',
    });
  });

  it('no purpose: one purpose.missing event; a refused call names its case when an ID argument gives it', async () => {
    expect(errorCode((await app.graphql('{ networks { id } }', { token: national })).body)).toBe('PURPOSE_REQUIRED');
    const caseId = randomUUID();
    expect(
      errorCode((await app.graphql('query($id: ID!) { case(id: $id) { id } }', { token: national, variables: { id: caseId } })).body),
    ).toBe('PURPOSE_REQUIRED');
    const events = await newEvents();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actor: 'noa-7',
      action: 'purpose.missing',
      resource_type: 'operation',
      resource_id: 'networks',
      outcome: 'denied',
    });
    expect(events[1]).toMatchObject({ action: 'purpose.missing', resource_type: 'case', resource_id: caseId, outcome: 'denied' });
  });

  it('a refusal inside the operation is logged under the operation, once, with outcome denied', async () => {
    const caseId = randomUUID();
    const response = await app.graphql('query($id: ID!) { case(id: $id) { id } }', {
      token: national,
      purpose: 'AVH check',
      variables: { id: caseId },
    });
    expect(errorCode(response.body)).toBe('NOT_FOUND');
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'case',
      resource_type: 'case',
      resource_id: caseId,
      purpose: 'AVH check',
      outcome: 'denied',
    });
  });

  it('a write and its events commit together: extra events first, then the operation, consecutive seqs', async () => {
    const id = randomUUID();
    const response = await app.graphql('mutation($id: ID!) { auditProbeWrite(id: $id) }', {
      token: national,
      purpose: 'override AVH-1',
      variables: { id },
    });
    expect(response.body.errors).toBeUndefined();
    expect(await world.sql(`SELECT id FROM ${PROBE_TABLE} WHERE id = $1`, [id])).toHaveLength(1);
    const events = await newEvents();
    expect(events.map((e) => [e.action, e.resource_type, e.resource_id, e.outcome, e.actor, e.purpose])).toEqual([
      ['proposal.override', 'proposal', id, 'ok', 'noa-7', 'override AVH-1'],
      ['auditProbeWrite', 'proposal', id, 'ok', 'noa-7', 'override AVH-1'],
    ]);
    expect(Number(events[1]!.seq)).toBe(Number(events[0]!.seq) + 1);
  });

  it.each([
    ['forbidden', 'FORBIDDEN', 'denied'],
    ['crash', 'INTERNAL_SERVER_ERROR', 'error'],
  ])('a write that fails (%s) rolls back with its extra event, and the failure is logged once', async (fail, code, outcome) => {
    const id = randomUUID();
    const response = await app.graphql('mutation($id: ID!, $f: String) { auditProbeWrite(id: $id, fail: $f) }', {
      token: national,
      purpose: 'override AVH-2',
      variables: { id, f: fail },
    });
    expect(errorCode(response.body)).toBe(code);
    expect(await world.sql(`SELECT id FROM ${PROBE_TABLE} WHERE id = $1`, [id])).toHaveLength(0);
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'auditProbeWrite', resource_type: 'proposal', resource_id: id, outcome });
  });

  it("a read's event is chained after the read; a write's, and a query's that wrote, is staged with the write", async () => {
    await app.graphql('{ municipality(code: "1280") { code } }', { token: stockholm, purpose: 'path: read' }).expect(200);
    const written = randomUUID();
    const query = await app.graphql('query($id: ID!) { auditProbeQueryWrite(id: $id) }', {
      token: national,
      purpose: 'path: query that writes',
      variables: { id: written },
    });
    expect(query.body.data.auditProbeQueryWrite).toBe(true);
    expect(await world.sql(`SELECT id FROM ${PROBE_TABLE} WHERE id = $1`, [written])).toHaveLength(1);
    const mutation = await app.graphql('mutation($id: ID!) { auditProbeWrite(id: $id) }', {
      token: national,
      purpose: 'path: write',
      variables: { id: randomUUID() },
    });
    expect(mutation.body.errors).toBeUndefined();
    // Every one is in the chain by the time its answer arrived; pending_id names the staged row it came from.
    const events = await newEvents();
    expect(events.map((e) => [e.action, e.pending_id !== null])).toEqual([
      ['municipality', false],
      ['auditProbeQueryWrite', true],
      ['proposal.override', true],
      ['auditProbeWrite', true],
    ]);
    expect(await world.sql('SELECT id FROM audit_pending')).toHaveLength(0);
  });

  it('a real write is logged with the id of what it created; its arguments are not', async () => {
    const response = await app.graphql(
      'mutation { createNetwork(input: { name: "Velvet Marmots", category: OTHER, reach: LOCAL }) { id } }',
      {
        token: national,
        purpose: 'NOA intel',
      },
    );
    expect(response.body.errors).toBeUndefined();
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'createNetwork',
      resource_type: 'network',
      resource_id: response.body.data.createNetwork.id,
      outcome: 'ok',
    });
    expect(JSON.stringify(events)).not.toContain('Velvet');
  });

  it('invalid input caught before the resolver is still the operation, denied', async () => {
    const response = await app.graphql('mutation { createNetwork(input: { name: "", category: OTHER, reach: LOCAL }) { id } }', {
      token: national,
      purpose: 'NOA intel',
    });
    expect(errorCode(response.body)).toBe('BAD_USER_INPUT');
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'createNetwork', outcome: 'denied' });
  });

  it('an identity number typed into an argument never reaches the log', async () => {
    await app.graphql('query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }', {
      token: national,
      purpose: 'lookup',
      variables: { n: '19900101-0017' },
    });
    await app.graphql('query($id: ID!) { person(id: $id) { id } }', {
      token: national,
      purpose: 'lookup',
      variables: { id: '19900101-0017' },
    });
    const events = await newEvents();
    expect(events.map((e) => e.action)).toEqual(['personByIdentityNumber', 'person']);
    expect(events[1]).toMatchObject({ resource_type: null, resource_id: null });
    expect(JSON.stringify(events)).not.toMatch(/19900101|9001010017/);
  });

  it("the auditors' own queries are audited, and accept a purpose without needing one", async () => {
    expect((await app.graphql('{ auditEvents(first: 1) { events { seq } } }', { token: auditor })).body.errors).toBeUndefined();
    expect(
      (await app.graphql('{ verifyAuditLog { valid } }', { token: auditor, purpose: 'quarterly review' })).body.data.verifyAuditLog.valid,
    ).toBe(true);
    const events = await newEvents();
    expect(events.map((e) => [e.action, e.actor, e.purpose, e.outcome])).toEqual([
      ['auditEvents', 'auditor-1', null, 'ok'],
      ['verifyAuditLog', 'auditor-1', 'quarterly review', 'ok'],
    ]);
  });

  it('health checks are not audited', async () => {
    await request(app.http).get('/health/live').expect(200);
    await request(app.http).get('/health/ready').expect(200);
    expect(await newEvents()).toHaveLength(0);
  });

  it('a runtime-named resource (a destination probe) is logged as given', async () => {
    const caseId = randomUUID();
    const response = await app.graphql('query($c: ID!) { auditProbeDestination(caseId: $c, token: "k3yedT0ken") }', {
      token: stockholm,
      purpose: 'planning',
      variables: { c: caseId },
    });
    expect(response.body.data.auditProbeDestination).toBe(true);
    const [event] = await newEvents();
    expect(event).toMatchObject({
      action: 'auditProbeDestination',
      resource_type: 'case.destination',
      resource_id: `${caseId}/k3yedT0ken`,
    });
  });

  it('the whole chain so far is gapless and verifies', async () => {
    const seqs = (await world.events()).map((e) => Number(e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const response = await app.graphql('{ verifyAuditLog { valid checkedEvents firstInvalidSeq } }', { token: auditor });
    expect(response.body.data.verifyAuditLog).toEqual({ valid: true, checkedEvents: seqs.length, firstInvalidSeq: null });
  });
});
