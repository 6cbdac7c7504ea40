import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Requests the body parser refuses, before GraphQL, a guard or a resolver has run. */
describe('requests refused before GraphQL', () => {
  let app: TestApp;
  let auditor: string;

  beforeAll(async () => {
    app = await startTestApp();
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'reviewing-auditor' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function refusalEvents(): Promise<{ outcome: string; actor: string; resourceId: string | null }[]> {
    const answer = await app.graphql('{ auditEvents(action: "request.refused") { events { outcome actor resourceId } } }', {
      token: auditor,
      purpose: 'reviewing refusals',
    });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data.auditEvents.events;
  }

  it('answers malformed JSON with 400 and a GraphQL error carrying BAD_USER_INPUT, and audits it', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send('{"query": "{ municipalities { code } "')
      .expect(400);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
    const events = await refusalEvents();
    expect(events).toEqual([{ outcome: 'denied', actor: 'anonymous', resourceId: '/graphql' }]);
  });

  it('answers a 2 MB body with 413 and the same shape, echoing nothing of it, and audits it', async () => {
    const marker = 'Unechoed-Marker';
    const body = JSON.stringify({
      query: '{ municipalities { code } }',
      variables: { padding: `${marker}${'x'.repeat(2 * 1024 * 1024)}` },
    });
    const response = await request(app.http).post('/graphql').set('Content-Type', 'application/json').send(body).expect(413);
    expect(response.body).toEqual({
      errors: [{ message: 'The request body is larger than the service accepts', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(response.text).not.toContain(marker);
    const events = await refusalEvents();
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.outcome === 'denied' && event.actor === 'anonymous')).toBe(true);
  });

  it('leaves well-formed requests alone', async () => {
    const token = await app.idp.sign({ roles: ['AUDITOR'] });
    const answer = await app.graphql('{ municipalities { code } }', { token });
    expect(answer.status).toBe(200);
    expect(answer.body.data.municipalities).toHaveLength(290);
    expect(await refusalEvents()).toHaveLength(2);
  });
});
