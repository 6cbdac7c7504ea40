import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prometheusContentType } from 'prom-client';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { errorCodeOf } from '../support/graphql-answers.js';

/** Production readiness: query limits, CSRF, body size, rate limits, metrics and the log. */
describe('hardened GraphQL endpoint', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '40' });
    token = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'hardening-officer' });
  });
  afterAll(async () => {
    await app.close();
  });

  const code = errorCodeOf;

  it('refuses a query deeper than 9 levels', async () => {
    let selection = 'code';
    for (let i = 0; i < 8; i += 1) selection = `neighbours { ${selection} }`;
    const deep = await app.graphql(`{ municipality(code: "0180") { ${selection} } }`, { token });
    expect(code(deep.body)).toBe('BAD_USER_INPUT');
    expect(deep.body.errors?.[0]?.message).toMatch(/depth limit of 9 exceeded, found 10/);
    let fine = 'code';
    for (let i = 0; i < 4; i += 1) fine = `neighbours { ${fine} }`;
    expect((await app.graphql(`{ municipality(code: "0180") { ${fine} } }`, { token })).body.errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `m${i}: municipality(code: "0180") { code }`).join(' ');
    expect(code((await app.graphql(`{ ${aliases} }`, { token })).body)).toBe('BAD_USER_INPUT');
  });

  it('refuses batched requests', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send([{ query: '{ municipalities { code } }' }, { query: '{ municipalities { code } }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('"0180"');
  });

  it('refuses a simple GET or a form post that a browser could send cross-site (CSRF)', async () => {
    const get = await request(app.http)
      .get('/graphql')
      .query({ query: '{ municipalities { code } }' })
      .set('Authorization', `Bearer ${token}`);
    expect(get.status).toBe(400);
    const form = await request(app.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: '{ municipalities { code } }' }));
    expect(form.status).toBe(400);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const padding = 'x'.repeat(1_100_000);
    const response = await request(app.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send({ query: '{ municipalities { code } }', variables: { padding } });
    expect(response.status).toBe(413);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('limits a flood from one subject with RATE_LIMITED and 429, audited, while others are served', async () => {
    const flooder = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'flooding-subject' });
    const other = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'patient-subject' });
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 45; i += 1) {
      const response = await app.graphql('{ municipality(code: "0180") { code } }', { token: flooder });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(limited?.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited?.headers['retry-after']).toBeDefined();
    const served = await app.graphql('{ municipality(code: "0180") { code } }', { token: other });
    expect(served.status).toBe(200);
    expect(served.body.data.municipality.code).toBe('0180');
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'reviewing-auditor' });
    const events = await app.graphql('{ auditEvents(actor: "flooding-subject", action: "rate.limited") { events { outcome } } }', {
      token: auditor,
    });
    expect(events.body.data.auditEvents.events).toHaveLength(5);
    expect(events.body.data.auditEvents.events.every((e: { outcome: string }) => e.outcome === 'denied')).toBe(true);
  });

  it('serves Prometheus metrics: requests by operation, checker timings, audit appends, the pool', async () => {
    await app.graphql('{ municipalities { code } }', { token });
    const metrics = await request(app.http).get('/metrics').expect(200);
    // prom-client's own content type: the scraper picks its parser (Prometheus text, version 0.0.4) by it.
    expect(metrics.headers['content-type']).toBe(prometheusContentType);
    expect(metrics.text).toMatch(/registry_graphql_requests_total\{operation="municipalities",outcome="ok"\} \d+/);
    expect(metrics.text).toMatch(/registry_graphql_request_duration_seconds_bucket\{le="0.05",operation="municipalities"\}/);
    expect(metrics.text).toContain('registry_checker_duration_seconds');
    expect(metrics.text).toMatch(/registry_audit_appends_total \d+/);
    expect(metrics.text).toMatch(/registry_db_pool_connections\{state="total"\} \d+/);
    expect(metrics.text).toMatch(/registry_graphql_requests_total\{operation="municipality",outcome="RATE_LIMITED"\} 5/);
  });

  it('logs JSON lines with request ids, and never the token, the purpose or the variables', async () => {
    const secretName = 'Wolfram-Secretsson';
    const response = await app.graphql('mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', {
      token,
      purpose: 'purpose-that-must-not-be-logged',
      variables: { i: { kind: 'OTHER', givenName: secretName, familyName: 'Loggless', personalIdentityNumber: '19900101-0017' } },
    });
    expect(response.body.errors).toBeUndefined();
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // pino-http writes the request line when the response has finished, a moment after the client has it.
    const logged = () => app.logs.map((line) => JSON.parse(line) as { req?: { id?: string } }).some((line) => line.req?.id === requestId);
    for (let i = 0; i < 50 && !logged(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged()).toBe(true);
    const everything = app.logs.join('\n');
    for (const secret of [token, secretName, 'Loggless', '199001010017', '19900101-0017', 'purpose-that-must-not-be-logged']) {
      expect(everything).not.toContain(secret);
    }
  });
});
