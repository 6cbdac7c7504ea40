import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL API: municipalities, scalars, errors, health', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves one municipality with county, region, centroid and neighbours', async () => {
    const response = await app
      .graphql('{ municipality(code: "0180") { code name county { code name } policeRegion latitude longitude neighbours { code } } }', {
        token,
      })
      .expect(200);
    const stockholm = response.body.data.municipality;
    expect(stockholm).toMatchObject({
      code: '0180',
      name: 'Stockholm',
      county: { code: '01', name: 'Stockholms län' },
      policeRegion: 'STOCKHOLM',
    });
    expect(stockholm.latitude).toBeCloseTo(59.3, 0);
    expect(stockholm.longitude).toBeCloseTo(18.0, 0);
    const neighbourCodes = stockholm.neighbours.map((m: { code: string }) => m.code);
    expect(neighbourCodes).toEqual(expect.arrayContaining(['0184', '0126']));
  });

  it('answers null for an unknown code', async () => {
    const response = await app.graphql('{ municipality(code: "9999") { code } }', { token }).expect(200);
    expect(response.body.data.municipality).toBeNull();
  });

  it('lists all 290 in code order, each in one of the seven regions', async () => {
    const response = await app.graphql('{ municipalities { code policeRegion } }', { token }).expect(200);
    const list = response.body.data.municipalities as { code: string; policeRegion: string }[];
    expect(list).toHaveLength(290);
    expect(list.map((m) => m.code)).toEqual([...list.map((m) => m.code)].sort());
    expect(new Set(list.map((m) => m.policeRegion)).size).toBe(7);
  });

  it('the schema declares the contract scalars Date and DateTime', async () => {
    const response = await app.graphql('{ __schema { types { name kind } } }', { token }).expect(200);
    const names = (response.body.data.__schema.types as { name: string; kind: string }[])
      .filter((t) => t.kind === 'SCALAR')
      .map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Date', 'DateTime']));
  });

  it('a malformed query is BAD_USER_INPUT', async () => {
    const response = await app.graphql('{ municipalities { code ', { token });
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown field is BAD_USER_INPUT', async () => {
    const response = await app.graphql('{ municipalities { secret } }', { token });
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a wrong argument type is BAD_USER_INPUT and nothing leaks', async () => {
    const response = await app.graphql('query ($c: String!) { municipality(code: $c) { code } }', { token, variables: { c: 42 } });
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toMatch(/stack|node_modules|at .*\.js/);
  });

  it('health: live and ready answer 200 with the database up and migrations applied', async () => {
    await request(app.http).get('/health/live').expect(200);
    const ready = await request(app.http).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, migrations: { status: 'up' } });
  });

  it('health needs no token, GraphQL does', async () => {
    await request(app.http).get('/health/ready').expect(200);
    const response = await app.graphql('{ municipalities { code } }');
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
