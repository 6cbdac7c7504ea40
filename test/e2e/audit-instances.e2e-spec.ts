import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditTrail } from '../../apps/registry-api/src/audit/audit-trail.js';
import { CheckpointScheduler } from '../../apps/registry-api/src/audit/checkpoint-scheduler.js';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { createAuditTestWorld, type AuditTestApp, type AuditTestWorld } from './audit-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

/** Several API instances on one database: one chain, no forks, no gaps, each head signed once. */
describe('audit log across two service instances', () => {
  let world: AuditTestWorld;
  let first: AuditTestApp;
  let second: AuditTestApp;
  let auditor: string;

  beforeAll(async () => {
    world = await createAuditTestWorld();
    first = await world.start();
    second = await world.start();
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-3' });
  });
  afterAll(async () => {
    await world.close();
  });

  it('two instances appending at once leave one valid, gapless chain', async () => {
    const tokens = await Promise.all(
      ['a', 'b', 'c', 'd'].map((sub) => world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: `writer-${sub}` })),
    );
    const requests = [];
    for (let i = 0; i < 160; i++) {
      const app = i % 2 === 0 ? first : second;
      requests.push(app.graphql('{ municipality(code: "1280") { code } }', { token: tokens[i % tokens.length], purpose: `burst ${i}` }));
    }
    const responses = await Promise.all(requests);
    expect(responses.every((r) => r.status === 200 && r.body.errors === undefined)).toBe(true);

    const events = await world.events();
    expect(events).toHaveLength(160);
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash);
    expect(new Set(events.map((e) => e.purpose)).size).toBe(160);

    for (const app of [first, second]) {
      const verdict = await app.graphql('{ verifyAuditLog { valid checkedEvents } }', { token: auditor });
      expect(verdict.body.data.verifyAuditLog.valid).toBe(true);
      expect(verdict.body.data.verifyAuditLog.checkedEvents).toBeGreaterThanOrEqual(160);
    }
    await expect(auditCommand(['verify'], { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile })).resolves.toMatch(
      /^the audit log is valid/,
    );
  });

  it('both schedulers asked to sign the same head: it is signed once', async () => {
    const policy = { everyEvents: 1, everyMs: 0 };
    const signed = await Promise.all([first, second].map((app) => app.app.get(CheckpointScheduler).signIfDue(new Date(), policy)));
    expect(signed.filter((c) => c !== null)).toHaveLength(1);
    const [head] = await world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_event');
    const checkpoints = await world.sql('SELECT seq::int AS seq FROM audit_checkpoint WHERE seq = $1', [head!.seq]);
    expect(checkpoints).toHaveLength(1);
  });

  it('the 1,000th event since the last checkpoint gets a checkpoint without waiting for the minute', async () => {
    await first.app.get(CheckpointScheduler).signIfDue(new Date(), { everyEvents: 1, everyMs: 0 });
    const [{ seq: signedAt }] = await world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    const trail = first.app.get(AuditTrail);
    for (let i = 0; i < 1_000; i++) await trail.record({ action: 'keys.rotate' });
    let next: number | undefined;
    for (let attempt = 0; attempt < 50 && next === undefined; attempt++) {
      const rows = await world.sql<{ seq: number | null }>('SELECT min(seq)::int AS seq FROM audit_checkpoint WHERE seq > $1', [signedAt]);
      next = rows[0]?.seq ?? undefined;
      if (next === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(next).toBeGreaterThanOrEqual(signedAt + 1_000);
    const verdict = await first.graphql('{ verifyAuditLog { valid lastSignedCheckpointSeq } }', { token: auditor });
    expect(verdict.body.data.verifyAuditLog).toEqual({ valid: true, lastSignedCheckpointSeq: next });
    const [system] = await world.sql(`SELECT actor, roles, purpose FROM ${AUDIT_EVENT_ROWS} WHERE action = 'keys.rotate' LIMIT 1`);
    expect(system).toEqual({ actor: 'system', roles: [], purpose: null });
  });
});
