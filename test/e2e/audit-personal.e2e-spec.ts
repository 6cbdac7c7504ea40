import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEventDraft } from '@registry/audit';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditRetention } from '../../apps/registry-api/src/audit/audit-retention.js';
import { auditDatabaseOf } from '../../apps/registry-api/src/audit/audit-database.js';
import { PostgresAuditStore } from '../../apps/registry-api/src/audit/postgres-audit-store.js';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { createAuditTestWorld, signHeadNow, type AuditTestApp, type AuditTestWorld } from './audit-support.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Officer id, client address and purpose enter the chain as commitments, and can be erased after retention. */
describe('personal fields of audit events: committed, kept apart, erased after the retention period', () => {
  let world: AuditTestWorld;
  let app: AuditTestApp;
  let env: NodeJS.ProcessEnv;
  let auditor: string;

  const old = (i: number): AuditEventDraft => ({
    at: new Date(Date.now() - 6 * YEAR_MS + i * 1000).toISOString(),
    actor: `officer-old-${i}`,
    roles: ['POLICE_REGIONAL'],
    scope: 'SYD',
    action: 'case',
    resourceType: 'case',
    resourceId: `c-${i}`,
    purpose: `Ärende gammalt ${i}`,
    outcome: 'ok',
    requestId: null,
    clientAddress: `10.6.0.${i}`,
  });

  beforeAll(async () => {
    world = await createAuditTestWorld();
    app = await world.start();
    env = { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile };
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-9' });
    // Six years ago, as an operator tool appends: straight into the chain.
    const store = new PostgresAuditStore(auditDatabaseOf(app.app.get<DataSource>(getDataSourceToken())));
    await store.appendAll([1, 2, 3].map(old));
    const officer = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'officer-now' });
    for (let i = 0; i < 3; i++) await app.graphql('{ municipalities { code } }', { token: officer, purpose: 'Ärende nu' }).expect(200);
    await signHeadNow(app);
  });
  afterAll(async () => {
    await world.close();
  });

  it('the chain holds commitments, never the values; the values and the salt sit in audit_personal', async () => {
    const [row] = await world.sql<Record<string, unknown>>("SELECT * FROM audit_event WHERE resource_id = 'c-1'");
    expect(row).toMatchObject({ actor: null, purpose: null, client_address: null });
    expect(row!.actor_commitment).toMatch(/^[0-9a-f]{64}$/);
    const encoded = JSON.stringify(await world.sql('SELECT * FROM audit_event'));
    expect(encoded).not.toContain('officer-old-1');
    expect(encoded).not.toContain('officer-now');
    const [kept] = await world.sql<Record<string, unknown>>('SELECT actor, purpose, client_address FROM audit_personal WHERE seq = $1', [
      row!.seq,
    ]);
    expect(kept).toEqual({ actor: 'officer-old-1', purpose: 'Ärende gammalt 1', client_address: '10.6.0.1' });
  });

  it("a recent event's personal fields cannot be erased, not even by a superuser", async () => {
    await expect(world.sql("DELETE FROM audit_personal WHERE actor = 'officer-now'")).rejects.toThrow(
      /erased only after the retention period/,
    );
    await expect(world.sql("UPDATE audit_personal SET actor = 'x'")).rejects.toThrow(/append-only/);
  });

  it('erasure after the retention period keeps every hash, checkpoint and proof valid, and the export shows the fields erased', async () => {
    const [{ seq }] = await world.sql<{ seq: string }>("SELECT seq FROM audit_event WHERE resource_id = 'c-2'");
    const before = await auditCommand(['prove', '--seq', seq], env);
    expect(JSON.parse(before).event).toMatchObject({ actor: 'officer-old-2', purpose: 'Ärende gammalt 2' });

    expect(await app.app.get(AuditRetention).eraseExpired()).toBe(3);
    const left = await world.sql<{ actor: string }>('SELECT actor FROM audit_personal ORDER BY seq');
    expect(left.map((r) => r.actor).filter((a) => a.startsWith('officer-old'))).toEqual([]);
    expect(JSON.stringify(await world.sql('SELECT * FROM audit_event'))).not.toContain('officer-old');

    await expect(auditCommand(['verify'], env)).resolves.toMatch(/^the audit log is valid/);
    const verdict = await app.graphql('{ verifyAuditLog { valid } }', { token: auditor }).expect(200);
    expect(verdict.body.data.verifyAuditLog.valid).toBe(true);
    // The proof taken before the erasure, and one taken after, both verify offline.
    await expect(auditCommand(['verify-proof'], env, async () => before)).resolves.toMatch(/^the proof is valid/);
    const after = await auditCommand(['prove', '--seq', seq], env);
    expect(JSON.parse(after).event).toMatchObject({ actor: '', purpose: null, clientAddress: null, personal: { salt: null } });
    await expect(auditCommand(['verify-proof'], env, async () => after)).resolves.toMatch(/^the proof is valid/);

    const events = await app
      .graphql('{ auditEvents(first: 10) { events { seq actor purpose clientAddress personalErased } } }', { token: auditor })
      .expect(200);
    const listed = events.body.data.auditEvents.events as { seq: number; actor: string; personalErased: boolean }[];
    expect(listed.filter((e) => e.personalErased).map((e) => e.actor)).toEqual(['', '', '']);
    expect(listed.find((e) => e.seq === Number(seq))).toMatchObject({
      actor: '',
      purpose: null,
      clientAddress: null,
      personalErased: true,
    });
    expect(listed.filter((e) => !e.personalErased).map((e) => e.actor)).toContain('officer-now');
    // The erasure is itself in the log.
    const [erasure] = await world.sql<{ resource_id: string }>("SELECT resource_id FROM audit_event WHERE action = 'audit.personalErased'");
    expect(erasure!.resource_id).toMatch(/^\d+-\d+$/);
  });

  it('a value written back beside an erased commitment is caught', async () => {
    const [{ seq }] = await world.sql<{ seq: string }>("SELECT seq FROM audit_event WHERE resource_id = 'c-3'");
    await world.sql('ALTER TABLE audit_event DISABLE TRIGGER ALL');
    try {
      await world.sql("UPDATE audit_event SET actor = 'invented' WHERE seq = $1", [seq]);
    } finally {
      await world.sql('ALTER TABLE audit_event ENABLE TRIGGER ALL');
    }
    await expect(auditCommand(['verify'], env)).rejects.toThrow(
      new RegExp(`first bad seq ${seq} \\(event ${seq}'s personal fields do not match their commitments\\)`),
    );
  });
});
