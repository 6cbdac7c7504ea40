import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { AuditChainWriter } from '../../apps/registry-api/src/audit/audit-chain-writer.js';
import { AuditPendingRepository, type PendingAuditEvent } from '../../apps/registry-api/src/audit/audit-pending.repository.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { consoleGraphql, devSignIn, type AuditRow, type ConsoleUser } from './console-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

const PURPOSE = 'Quarterly access review';
const HEADER = 'seq,at,actor,roles,action,resourceType,resourceId,purpose,outcome,hash';

/** A minimal RFC 4180 reader: rows of cells, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}

/** GET /audit/export.csv: the auditors' download, streamed from the log, audited like any read. */
describe('audit log CSV export', () => {
  let app: TestApp;
  let db: pg.Client;
  let auditor: ConsoleUser;

  async function eventsSince(seq: number): Promise<AuditRow[]> {
    return (await db.query<AuditRow>(`SELECT * FROM ${AUDIT_EVENT_ROWS} WHERE seq > $1 ORDER BY seq`, [seq])).rows;
  }
  async function head(): Promise<number> {
    return Number((await db.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM audit_event')).rows[0]?.seq ?? 0);
  }
  const download = (user: ConsoleUser, query = '') => user.agent.get(`/audit/export.csv${query}`).buffer(true).parse(textParser);

  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'silent' });
    db = new pg.Client({ connectionString: app.database.url });
    await db.connect();
    auditor = await devSignIn(app.http, { role: 'AUDITOR' });
    await auditor.agent.post('/auth/purpose').set('X-CSRF-Token', auditor.csrf).send({ purpose: PURPOSE }).expect(200);
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('streams the filtered events with a header row, as an attachment that no cache keeps, and audits the export', async () => {
    // Caller-chosen text that a spreadsheet would run: an actor (sub) and a purpose.
    const token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: '=cmd|"/c calc"!A1' });
    await app.graphql('{ municipality(code: "0180") { code } }', { token, purpose: '@SUM(1+1), "quoted"' }).expect(200);
    await app.graphql('{ municipality(code: "0180") { code } }', { token, purpose: '-2+3' }).expect(200);
    const before = await head();

    const response = await download(auditor, `?actor=${encodeURIComponent('=cmd|"/c calc"!A1')}`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-[0-9TZ-]+\.csv"$/);
    expect(response.headers['cache-control']).toBe('no-store');
    const rows = parseCsv(response.body as string);
    expect(rows[0]!.join(',')).toBe(HEADER);
    expect(rows.slice(1).map((row) => [row[2], row[3], row[4], row[7], row[8]])).toEqual([
      [`'=cmd|"/c calc"!A1`, 'POLICE_NATIONAL', 'municipality', `'@SUM(1+1), "quoted"`, 'ok'],
      [`'=cmd|"/c calc"!A1`, 'POLICE_NATIONAL', 'municipality', `'-2+3`, 'ok'],
    ]);
    // On the wire: quoted where a comma or quote needs it, the formula prefix inside the quotes.
    expect(response.body).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(rows.slice(1).every((row) => row.length === 10 && /^[0-9a-f]{64}$/.test(row[9]!))).toBe(true);

    const events = await eventsSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'dev-auditor',
      roles: ['AUDITOR'],
      action: 'auditExport',
      resource_type: 'operation',
      resource_id: 'auditExport',
      purpose: PURPOSE,
      outcome: 'ok',
    });
  });

  it('reads the log in batches, all of it, in chain order', async () => {
    const pending = app.registry.app.get(AuditPendingRepository);
    const uow = app.registry.app.get(UnitOfWork);
    const at = new Date().toISOString();
    const staged: PendingAuditEvent[] = Array.from({ length: 2_345 }, (_, i) => ({
      at,
      actor: 'bulk-actor',
      roles: ['POLICE_NATIONAL'],
      scope: null,
      action: 'municipalities',
      resourceType: null,
      resourceId: null,
      purpose: `bulk ${i}`,
      outcome: i % 7 === 0 ? 'denied' : 'ok',
      requestId: null,
      clientAddress: null,
    }));
    await uow.transaction((m) => pending.insert(m, staged));
    await app.registry.app.get(AuditChainWriter).flush();

    const rows = parseCsv((await download(auditor, '?actor=bulk-actor').expect(200)).body as string).slice(1);
    expect(rows).toHaveLength(2_345);
    expect(rows.map((row) => row[7]).sort()).toEqual(staged.map((event) => event.purpose).sort());
    const seqs = rows.map((row) => Number(row[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    const refused = parseCsv((await download(auditor, '?actor=bulk-actor&refusedOnly=true').expect(200)).body as string).slice(1);
    expect(refused).toHaveLength(Math.ceil(2_345 / 7));
    expect(refused.every((row) => row[8] === 'denied')).toBe(true);
  });

  it('filters by action, resource id and time, as auditEvents does', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const rows = parseCsv(
      (
        await download(
          auditor,
          `?action=console.purpose&from=${encodeURIComponent(from)}&to=${encodeURIComponent(new Date().toISOString())}`,
        ).expect(200)
      ).body as string,
    );
    expect(rows.slice(1).map((row) => [row[2], row[4]])).toEqual([['dev-auditor', 'console.purpose']]);
    expect(parseCsv((await download(auditor, '?resourceId=no-such-id').expect(200)).body as string)).toEqual([HEADER.split(',')]);
  });

  it('takes X-Access-Purpose over the stored one, and works with a bearer token and the header', async () => {
    const before = await head();
    await download(auditor, '?action=none').set('X-Access-Purpose', 'Case AVH-2026-000042 review').expect(200);
    const token = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'api-auditor' });
    const bearer = await request(app.http)
      .get('/audit/export.csv?action=none')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Access-Purpose', 'API review')
      .expect(200);
    expect(bearer.text).toBe(`${HEADER}\r\n`);
    expect((await eventsSince(before)).map((e) => [e.actor, e.action, e.purpose])).toEqual([
      ['dev-auditor', 'auditExport', 'Case AVH-2026-000042 review'],
      ['api-auditor', 'auditExport', 'API review'],
    ]);
  });

  it('is refused to non-auditors and without a purpose, with a GraphQL-shaped error, audited', async () => {
    const officer = await devSignIn(app.http, { role: 'POLICE_NATIONAL' });
    await officer.agent.post('/auth/purpose').set('X-CSRF-Token', officer.csrf).send({ purpose: PURPOSE }).expect(200);
    const fresh = await devSignIn(app.http, { role: 'AUDITOR' });
    const before = await head();

    const forbidden = await officer.agent.get('/audit/export.csv').expect(403);
    expect(forbidden.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] });
    expect(forbidden.headers['content-disposition']).toBeUndefined();
    const noPurpose = await fresh.agent.get('/audit/export.csv').expect(400);
    expect(noPurpose.body.errors[0].extensions.code).toBe('PURPOSE_REQUIRED');
    const anonymous = await request(app.http).get('/audit/export.csv').set('X-Access-Purpose', PURPOSE).expect(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const badFilter = await download(auditor, '?from=yesterday').expect(400);
    expect(badFilter.body).toContain('BAD_USER_INPUT');
    expect(badFilter.body).not.toContain('yesterday');

    const events = await eventsSince(before);
    expect(events.map((e) => [e.action, e.actor, e.outcome, e.resource_type, e.resource_id])).toEqual([
      ['forbidden', 'dev-police_national', 'denied', 'operation', 'auditExport'],
      ['purpose.missing', 'dev-auditor', 'denied', 'operation', 'auditExport'],
      ['auth.denied', 'anonymous', 'denied', 'operation', 'auditExport'],
      ['auditExport', 'dev-auditor', 'denied', 'operation', 'auditExport'],
    ]);
  });

  it('auditEvents filters refusals only', async () => {
    const response = await consoleGraphql(auditor, '{ auditEvents(refusedOnly: true, first: 500) { events { outcome action } } }');
    const events = response.body.data.auditEvents.events as { outcome: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.outcome === 'denied')).toBe(true);
  });
});

function textParser(response: request.Response, callback: (error: Error | null, body: string) => void): void {
  let text = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => (text += chunk));
  response.on('end', () => callback(null, text));
}
