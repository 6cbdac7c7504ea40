import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAuditTestWorld, errorCode, signHeadNow, type AuditTestApp, type AuditTestWorld } from './audit-support.js';

const PAGE = `query($actor: String, $action: String, $resourceId: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditEvents(actor: $actor, action: $action, resourceId: $resourceId, from: $from, to: $to, first: $first, after: $after) {
    events { seq at actor roles action resourceType resourceId purpose outcome hash prevHash }
    nextCursor
  }
}`;

interface Page {
  events: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    resourceId: string | null;
    outcome: string;
    hash: string;
    prevHash: string;
  }[];
  nextCursor: string | null;
}

describe("auditors' API: auditEvents, verifyAuditLog, auditAnomalies", () => {
  let world: AuditTestWorld;
  let app: AuditTestApp;
  let auditor: string;
  let alice: string;
  let bob: string;
  const caseId = randomUUID();

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const response = await app.graphql(PAGE, { token: auditor, variables });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.auditEvents as Page;
  }

  beforeAll(async () => {
    world = await createAuditTestWorld();
    app = await world.start();
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-9' });
    alice = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'alice' });
    bob = await world.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'bob' });
    for (let i = 0; i < 7; i++) await app.graphql('{ municipalities { code } }', { token: alice }).expect(200);
    for (let i = 0; i < 3; i++) await app.graphql('{ municipality(code: "0180") { code } }', { token: bob }).expect(200);
    await app.graphql('query($c: ID!) { auditProbeDestination(caseId: $c, token: "t0") }', {
      token: alice,
      purpose: 'plan',
      variables: { c: caseId },
    });
  });
  afterAll(async () => {
    await world.close();
  });

  it('pages through one actor in seq order; the last page has no cursor', async () => {
    const first = await page({ actor: 'alice', first: 3 });
    expect(first.events).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await page({ actor: 'alice', first: 3, after: first.nextCursor });
    const third = await page({ actor: 'alice', first: 3, after: second.nextCursor });
    const all = [...first.events, ...second.events, ...third.events];
    expect(all).toHaveLength(8);
    expect(third.nextCursor).toBeNull();
    expect(all.every((e) => e.actor === 'alice')).toBe(true);
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(8);
  });

  it('pages are stable while the log grows: new events come after, nothing shifts', async () => {
    const first = await page({ first: 4 });
    await app.graphql('{ municipalities { code } }', { token: alice }).expect(200);
    const again = await page({ first: 4 });
    expect(again.events).toEqual(first.events);
    const next = await page({ first: 4, after: first.nextCursor });
    expect(next.events[0]!.seq).toBe(first.events[3]!.seq + 1);
    expect(next.events[0]!.prevHash).toBe(first.events[3]!.hash);
  });

  it('filters by action, resource id and time (inclusive bounds)', async () => {
    const byAction = await page({ action: 'municipality', first: 100 });
    expect(byAction.events.map((e) => e.actor)).toEqual(['bob', 'bob', 'bob']);
    const byResource = await page({ resourceId: `${caseId}/t0` });
    expect(byResource.events).toHaveLength(1);
    expect(byResource.events[0]).toMatchObject({ action: 'auditProbeDestination', resourceType: 'case.destination', actor: 'alice' });
    const middle = byAction.events[1]!;
    const inWindow = await page({ from: middle.at, to: middle.at, action: 'municipality' });
    expect(inWindow.events.map((e) => e.seq)).toContain(middle.seq);
    expect(inWindow.events.every((e) => e.at === middle.at)).toBe(true);
    const later = await page({ from: new Date(Date.now() + 3_600_000).toISOString() });
    expect(later.events).toEqual([]);
    expect(later.nextCursor).toBeNull();
  });

  it.each([
    [{ first: 0 }],
    [{ first: 501 }],
    [{ first: -1 }],
    [{ after: 'not-a-cursor' }],
    [{ after: Buffer.from('audit:x').toString('base64url') }],
    [{ actor: '' }],
    [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }],
  ])('refuses %j as BAD_USER_INPUT', async (variables) => {
    expect(errorCode((await app.graphql(PAGE, { token: auditor, variables })).body)).toBe('BAD_USER_INPUT');
  });

  it('accepts first = 500', async () => {
    expect((await page({ first: 500 })).events.length).toBeGreaterThan(10);
  });

  it.each([
    ['auditEvents', '{ auditEvents { events { seq } } }'],
    ['verifyAuditLog', '{ verifyAuditLog { valid } }'],
    ['auditAnomalies', '{ auditAnomalies { actor } }'],
  ])('%s is FORBIDDEN to every other role, each refusal logged once', async (field, query) => {
    const others = [
      await world.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'other-national' }),
      await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'NORD' }, { sub: 'other-regional' }),
      await world.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1280' }, { sub: 'other-municipality' }),
    ];
    const before = (await world.events()).length;
    for (const token of others) {
      const response = await app.graphql(query, { token, purpose: 'curious' });
      expect(errorCode(response.body)).toBe('FORBIDDEN');
      expect(response.body.data?.[field] ?? null).toBeNull();
    }
    const events = (await world.events()).slice(before);
    expect(events.map((e) => [e.actor, e.action, e.resource_id, e.outcome])).toEqual([
      ['other-national', 'forbidden', field, 'denied'],
      ['other-regional', 'forbidden', field, 'denied'],
      ['other-municipality', 'forbidden', field, 'denied'],
    ]);
  });

  it('verifyAuditLog checks a range and refuses a reversed one', async () => {
    const whole = await app.graphql('{ verifyAuditLog { valid checkedEvents firstInvalidSeq lastSignedCheckpointSeq reason } }', {
      token: auditor,
    });
    expect(whole.body.data.verifyAuditLog).toMatchObject({ valid: true, firstInvalidSeq: null, reason: null });
    const range = await app.graphql('{ verifyAuditLog(fromSeq: 3, toSeq: 6) { valid checkedEvents } }', { token: auditor });
    expect(range.body.data.verifyAuditLog).toEqual({ valid: true, checkedEvents: 4 });
    expect(errorCode((await app.graphql('{ verifyAuditLog(fromSeq: 6, toSeq: 3) { valid } }', { token: auditor })).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode((await app.graphql('{ verifyAuditLog(fromSeq: 0) { valid } }', { token: auditor })).body)).toBe('BAD_USER_INPUT');
  });

  it('auditCheckpoints lists the signed chain heads, newest first, with signatures that verifyAuditLog accepts', async () => {
    await signHeadNow(app);
    await app.graphql('{ verifyAuditLog { valid } }', { token: auditor });
    await signHeadNow(app);
    const { auditCheckpoints } = (await app.graphql('{ auditCheckpoints(last: 2) { seq at hash signature } }', { token: auditor })).body
      .data as {
      auditCheckpoints: { seq: number; at: string; hash: string; signature: string }[];
    };
    expect(auditCheckpoints).toHaveLength(2);
    expect(auditCheckpoints[0]!.seq).toBeGreaterThan(auditCheckpoints[1]!.seq);
    for (const checkpoint of auditCheckpoints) {
      expect(checkpoint.hash).toMatch(/^[0-9a-f]{64}$/);
      // A C2SP checkpoint note: origin, tree size, root hash, timestamp, blank line, signature line.
      expect(checkpoint.signature).toMatch(
        new RegExp(`^registry\\.local/audit-log\n${checkpoint.seq}\n[A-Za-z0-9+/]{43}=\ntimestamp [^\n]+\n\n\u2014 `),
      );
    }
    const verified = (await app.graphql('{ verifyAuditLog { valid lastSignedCheckpointSeq uncoveredEvents } }', { token: auditor })).body
      .data.verifyAuditLog;
    // The auditCheckpoints query's own event came after the last checkpoint: the one event none covers yet.
    expect(verified).toEqual({ valid: true, lastSignedCheckpointSeq: auditCheckpoints[0]!.seq, uncoveredEvents: 1 });
    expect(errorCode((await app.graphql('{ auditCheckpoints(last: 0) { seq } }', { token: auditor })).body)).toBe('BAD_USER_INPUT');
  });

  it('auditAnomalies names an actor with more than 10 refusals in an hour, and one probing many destinations of a case', async () => {
    const prober = await world.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '0180' }, { sub: 'prober' });
    for (let i = 0; i < 11; i++) await app.graphql('{ networks { id } }', { token: prober, purpose: 'looking' });
    const probed = randomUUID();
    for (let i = 0; i < 11; i++) {
      await app.graphql('query($c: ID!, $t: String!) { auditProbeDestination(caseId: $c, token: $t) }', {
        token: alice,
        purpose: 'plan',
        variables: { c: probed, t: `dest${i}` },
      });
    }
    const response = await app.graphql('{ auditAnomalies { actor kind caseId count threshold windowStart windowEnd firstSeq lastSeq } }', {
      token: auditor,
    });
    expect(response.body.errors).toBeUndefined();
    const anomalies = response.body.data.auditAnomalies as {
      actor: string;
      kind: string;
      caseId: string | null;
      count: number;
      threshold: number;
    }[];
    expect(anomalies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'prober', kind: 'REFUSALS', caseId: null, count: 11, threshold: 10 }),
        expect.objectContaining({ actor: 'alice', kind: 'DESTINATIONS_PER_CASE', caseId: probed, count: 11, threshold: 10 }),
      ]),
    );
    expect(anomalies.filter((a) => a.actor === 'bob')).toEqual([]);
    const past = await app.graphql('{ auditAnomalies(from: "2020-01-01T00:00:00Z", to: "2020-01-02T00:00:00Z") { actor } }', {
      token: auditor,
    });
    expect(past.body.data.auditAnomalies).toEqual([]);
    const tooLong = await app.graphql('{ auditAnomalies(from: "2020-01-01T00:00:00Z", to: "2020-03-01T00:00:00Z") { actor } }', {
      token: auditor,
    });
    expect(errorCode(tooLong.body)).toBe('BAD_USER_INPUT');
  });
});
