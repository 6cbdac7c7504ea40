import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { buildNextEvent, type AuditChainHead } from '@registry/audit';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { serviceRoleFaults } from '@registry/database';
import { createRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { CheckpointScheduler } from '../../apps/registry-api/src/audit/checkpoint-scheduler.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { startRoleSeparatedTestApp, type TestApp } from '../support/test-app.js';
import type { RoleSeparatedTestDatabase } from '../support/test-database.js';
import { TEST_AUDIENCE, TEST_ISSUER } from '../support/test-identity.js';

/** The chain writer's advisory lock ('AUDT'): held by the attacker so the service cannot chain meanwhile. */
const CHAIN_LOCK = 0x41554454;
const VERIFY = '{ verifyAuditLog { valid checkedEvents firstInvalidSeq lastSignedCheckpointSeq reason } }';

interface ChainRow {
  seq: string;
  hash: string;
}

/**
 * Production's split: the owner role migrates, the service connects as its own role. Everything here is tried
 * with the service's own credentials, as an insider who took them (or code injected into the service) would.
 */
describe('the service role can append to the audit log and nothing more', () => {
  let app: TestApp & { database: RoleSeparatedTestDatabase };
  let database: RoleSeparatedTestDatabase;
  let keyringFile: string;
  /** a connection as the service's role: the attacker */
  let attacker: pg.Client;
  let national: string;
  let auditor: string;
  let before: ChainRow[];

  async function attempt(sql: string, values: unknown[] = []): Promise<unknown> {
    return attacker.query(sql, values);
  }

  async function chain(): Promise<ChainRow[]> {
    return (await attacker.query<ChainRow>('SELECT seq::text AS seq, hash FROM audit_event ORDER BY audit_event.seq')).rows;
  }

  async function head(): Promise<AuditChainHead> {
    const rows = await chain();
    const last = rows[rows.length - 1]!;
    return { seq: Number(last.seq), hash: last.hash };
  }

  function forged(after: AuditChainHead, actor = 'insider') {
    return buildNextEvent(after, {
      at: new Date().toISOString(),
      actor,
      roles: ['POLICE_NATIONAL'],
      scope: null,
      action: 'case.read',
      resourceType: null,
      resourceId: null,
      purpose: 'forged',
      outcome: 'ok',
      requestId: null,
      clientAddress: null,
    });
  }

  async function insertEvent(event: ReturnType<typeof forged>, pendingId: string | null = null): Promise<unknown> {
    return attempt(
      `INSERT INTO audit_event (seq, at, actor, roles, scope, action, resource_type, resource_id, purpose, outcome, request_id,
                                client_address, prev_hash, hash, pending_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        event.seq,
        event.at,
        event.actor,
        event.roles,
        event.scope,
        event.action,
        event.resourceType,
        event.resourceId,
        event.purpose,
        event.outcome,
        event.requestId,
        event.clientAddress,
        event.prevHash,
        event.hash,
        pendingId,
      ],
    );
  }

  async function verdict(): Promise<{ valid: boolean; firstInvalidSeq: number | null; lastSignedCheckpointSeq: number | null }> {
    const response = await app.graphql(VERIFY, { token: auditor });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.verifyAuditLog;
  }

  beforeAll(async () => {
    await ready();
    keyringFile = join(await mkdtemp(join(tmpdir(), 'registry-keys-')), 'keyring.json');
    await writeKeyRingFile(keyringFile, generateKeyRing());
    app = await startRoleSeparatedTestApp({ NODE_ENV: 'production', KEYRING_FILE: keyringFile, LOG_LEVEL: 'silent' });
    database = app.database;
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-1' });
    auditor = await app.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-1' });
    for (let i = 0; i < 5; i++) await app.graphql('{ municipalities { code } }', { token: national, purpose: `case ${i}` }).expect(200);
    await app.registry.app.get(CheckpointScheduler).signIfDue(new Date(), { everyEvents: 1, everyMs: 0 });
    attacker = new pg.Client({ connectionString: database.appUrl });
    await attacker.connect();
    before = await chain();
    expect(before.length).toBeGreaterThanOrEqual(5);
    const checkpoints = await attacker.query('SELECT seq FROM audit_checkpoint');
    expect(checkpoints.rowCount).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await attacker?.end();
    await app?.close();
  });

  it('runs as a role that is neither superuser nor owner, with nothing the migration would refuse', async () => {
    const [me] = (
      await attacker.query<{ user: string; superuser: string }>("SELECT current_user AS user, current_setting('is_superuser') AS superuser")
    ).rows;
    expect(me).toEqual({ user: database.appRole, superuser: 'off' });
    expect(await serviceRoleFaults(attackerManager(), database.appRole)).toEqual([]);
    expect((await serviceRoleFaults(attackerManager(), database.ownerRole)).join('; ')).toMatch(/owns the database/);
  });

  it('still works normally: a write, a read, and the log verifies, through the API and the CLI as the service role', async () => {
    const created = await app.graphql('mutation($i: NetworkInput!) { createNetwork(input: $i) { id name } }', {
      token: national,
      purpose: 'case 77',
      variables: { i: { name: 'Velvet Marmots', category: 'LOCAL_NETWORK', reach: 'REGIONAL' } },
    });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createNetwork.id as string;
    const read = await app.graphql('{ networks { id name } }', { token: national, purpose: 'case 77' });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.networks).toContainEqual({ id, name: 'Velvet Marmots' });
    // The write's staged event was chained (and its staged row consumed) by the service's role.
    expect((await chain()).length).toBeGreaterThan(before.length);
    expect((await attacker.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0]).toEqual({ n: 0 });
    expect(await verdict()).toMatchObject({ valid: true, firstInvalidSeq: null });
    await expect(auditCommand(['verify'], { DATABASE_URL: database.appUrl, KEYRING_FILE: keyringFile })).resolves.toMatch(
      /^the audit log is valid/,
    );
    // Ready: it can read the migrations table, and finds nothing pending.
    await request(app.http).get('/health/ready').expect(200);
  });

  it.each([
    ['UPDATE audit_event SET purpose = $1 WHERE seq = 1', ['rewritten']],
    ['DELETE FROM audit_event WHERE seq = 1', []],
    ['TRUNCATE audit_event', []],
    ['TRUNCATE audit_event CASCADE', []],
    ['UPDATE audit_checkpoint SET hash = $1', ['0'.repeat(64)]],
    ['DELETE FROM audit_checkpoint', []],
    ['TRUNCATE audit_checkpoint', []],
    ['UPDATE audit_pending SET actor = $1', ['nobody']],
    ['DELETE FROM audit_pending', []],
    ['TRUNCATE audit_pending', []],
  ])('is refused by its privileges: %s', async (statement, values) => {
    await expect(attempt(statement, values)).rejects.toThrow(/permission denied for table audit_/);
  });

  it.each([
    'ALTER TABLE audit_event DISABLE TRIGGER ALL',
    'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_rewrite',
    'ALTER TABLE audit_event DISABLE TRIGGER audit_event_chained',
    'ALTER TABLE audit_pending DISABLE TRIGGER audit_pending_chained_only',
    'ALTER TABLE audit_checkpoint DISABLE TRIGGER USER',
    'DROP TRIGGER audit_event_no_rewrite ON audit_event',
    'DROP TRIGGER audit_event_chained ON audit_event',
    'DROP TRIGGER audit_checkpoint_no_rewrite ON audit_checkpoint',
    'ALTER TABLE audit_event DROP CONSTRAINT audit_event_pkey',
    'ALTER TABLE audit_event OWNER TO CURRENT_USER',
    'DROP TABLE audit_checkpoint',
  ])('cannot alter what guards the log: %s', async (statement) => {
    await expect(attempt(statement)).rejects.toThrow(/must be owner of (table|relation) audit_/);
  });

  it.each([
    [
      'CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$',
      /must be owner of function|permission denied for schema public/,
    ],
    ['CREATE TABLE shadow (n int)', /permission denied for schema public/],
    [
      'CREATE TRIGGER sneak BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()',
      /permission denied for table audit_event/,
    ],
    ['ALTER ROLE CURRENT_USER SUPERUSER', /permission denied|must be superuser/],
  ])('cannot change the schema or its own rights: %s', async (statement, message) => {
    await expect(attempt(statement)).rejects.toThrow(message);
  });

  it('cannot take on the owner role', async () => {
    await expect(attempt(`SET ROLE ${database.ownerRole}`)).rejects.toThrow(/permission denied to set role/);
    await expect(attempt(`GRANT ${database.ownerRole} TO CURRENT_USER`)).rejects.toThrow(/permission denied|must have admin option/);
  });

  it('cannot chain an event out of sequence, on a wrong previous hash, or over an existing one', async () => {
    const now = await head();
    await expect(insertEvent(forged({ seq: now.seq, hash: 'f'.repeat(64) }))).rejects.toThrow(/does not follow the head of the chain/);
    await expect(insertEvent(forged({ seq: now.seq + 1, hash: now.hash }))).rejects.toThrow(/does not follow the head of the chain/);
    await expect(insertEvent(forged({ seq: now.seq - 1, hash: now.hash }))).rejects.toThrow(/duplicate key value|does not follow/);
    await expect(insertEvent(forged({ seq: 0, hash: '0'.repeat(64) }))).rejects.toThrow(/duplicate key value|does not follow/);
  });

  it('cannot chain a forged event naming a real staged event, nor then remove the staged one', async () => {
    // The attacker holds the chain lock, so the service's writer cannot chain the staged event meanwhile.
    await attempt('SELECT pg_advisory_lock($1)', [CHAIN_LOCK]);
    let stagedId: string;
    try {
      // A real staged event, committed as the service commits one with the write it records.
      const staging = new pg.Client({ connectionString: database.appUrl });
      await staging.connect();
      try {
        const inserted = await staging.query<{ id: string }>(
          `INSERT INTO audit_pending (at, actor, roles, action, outcome, purpose)
           VALUES (now(), 'noa-1', '{POLICE_NATIONAL}', 'case.read', 'ok', 'case 13') RETURNING id::text AS id`,
        );
        stagedId = inserted.rows[0]!.id;
      } finally {
        await staging.end();
      }
      const [staged] = (
        await attacker.query(
          `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM audit_pending WHERE id = $1`,
          [stagedId],
        )
      ).rows as { at: string }[];
      const now = await head();
      // The staged event, but naming someone else: refused by the database.
      const impostor = buildNextEvent(now, {
        at: staged!.at,
        actor: 'someone-else',
        roles: ['POLICE_NATIONAL'],
        scope: null,
        action: 'case.read',
        resourceType: null,
        resourceId: null,
        purpose: 'case 13',
        outcome: 'ok',
        requestId: null,
        clientAddress: null,
      });
      await expect(insertEvent(impostor, stagedId)).rejects.toThrow(/is not the staged event it names/);
      // Or with one field dropped (a purpose nulled out).
      const nulled = buildNextEvent(now, { ...impostor, actor: 'noa-1', purpose: null });
      await expect(insertEvent(nulled, stagedId)).rejects.toThrow(/is not the staged event it names/);
      // A phantom staged row.
      await expect(insertEvent(forged(now), '999999999')).rejects.toThrow(/is not the staged event it names/);
      // Chain something else in its place, then drop the staged row: the delete is not the service's to make.
      await attempt('BEGIN');
      try {
        await insertEvent(forged(now));
        await expect(attempt('DELETE FROM audit_pending WHERE id = $1', [stagedId])).rejects.toThrow(
          /permission denied for table audit_pending/,
        );
      } finally {
        await attempt('ROLLBACK');
      }
      const still = await attacker.query('SELECT 1 FROM audit_pending WHERE id = $1', [stagedId]);
      expect(still.rowCount).toBe(1);
    } finally {
      await attempt('SELECT pg_advisory_unlock($1)', [CHAIN_LOCK]);
    }
    // The service chains the real event, as staged, and the staged row is gone with it.
    await app.graphql('{ municipalities { code } }', { token: national, purpose: 'after the attack' }).expect(200);
    const writer = await app.graphql('mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
      token: national,
      purpose: 'case 78',
      variables: { i: { name: 'Grimwald', category: 'LOCAL_NETWORK', reach: 'REGIONAL' } },
    });
    expect(writer.body.errors).toBeUndefined();
    const chained = await attacker.query<{ actor: string; purpose: string }>(
      'SELECT actor, purpose FROM audit_event WHERE pending_id = $1',
      [stagedId!],
    );
    expect(chained.rows).toEqual([{ actor: 'noa-1', purpose: 'case 13' }]);
    expect((await attacker.query('SELECT 1 FROM audit_pending WHERE id = $1', [stagedId!])).rowCount).toBe(0);
  });

  it('after every attempt the log is as it was, plus the service’s own events, and verifies', async () => {
    const after = await chain();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(await verdict()).toMatchObject({ valid: true, firstInvalidSeq: null });
    await expect(auditCommand(['verify'], { DATABASE_URL: database.appUrl, KEYRING_FILE: keyringFile })).resolves.toMatch(
      /^the audit log is valid/,
    );
  });

  it('in production the service refuses to start as the owner role, or as a superuser, or on a schema behind it', async () => {
    for (const [url, refusal] of [
      [database.ownerUrl, /Refusing to start: DATABASE_URL must connect as the service's own role/],
      [database.url, /Refusing to start: DATABASE_URL must connect as the service's own role/],
      [database.appUrl, /Refusing to start: the database schema is behind this release/],
    ] as const) {
      const config = loadConfiguration({
        NODE_ENV: 'production',
        DATA_DIR: await mkdtemp(join(tmpdir(), 'registry-data-')),
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: '2',
        KEYRING_FILE: keyringFile,
        AUTH_JWKS_FILE: app.idp.jwksFile,
        AUTH_ISSUER: TEST_ISSUER,
        AUTH_AUDIENCE: TEST_AUDIENCE,
        LOG_LEVEL: 'silent',
      });
      const refused = () =>
        createRegistry(config).then(async (registry) => {
          try {
            await registry.app.init();
          } finally {
            await registry.close().catch(() => undefined);
          }
        });
      // The last migration forgotten: as if this release's migration Job had not run.
      if (url === database.appUrl) await asSuperuser('DELETE FROM schema_migrations WHERE id = (SELECT max(id) FROM schema_migrations)');
      try {
        await expect(refused()).rejects.toThrow(refusal);
      } finally {
        if (url === database.appUrl) await restoreMigrations();
      }
    }
  });

  it('refuses DATABASE_MIGRATION_URL in the service’s production settings', () => {
    expect(() =>
      loadConfiguration({
        NODE_ENV: 'production',
        DATABASE_URL: database.appUrl,
        DATABASE_MIGRATION_URL: database.ownerUrl,
        KEYRING_FILE: keyringFile,
        AUTH_JWKS_FILE: app.idp.jwksFile,
        AUTH_ISSUER: TEST_ISSUER,
        AUTH_AUDIENCE: TEST_AUDIENCE,
      }),
    ).toThrow(/DATABASE_MIGRATION_URL is for `npm run migrate`/);
  });

  let forgotten: { id: number; timestamp: string; name: string } | undefined;
  async function asSuperuser(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const [row] = (await client.query('SELECT id, timestamp, name FROM schema_migrations ORDER BY id DESC LIMIT 1')).rows;
      forgotten = row;
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  async function restoreMigrations(): Promise<void> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('INSERT INTO schema_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        forgotten!.id,
        forgotten!.timestamp,
        forgotten!.name,
      ]);
    } finally {
      await client.end();
    }
  }

  /** serviceRoleFaults reads the catalog through anything with `query`. */
  function attackerManager() {
    return { query: (sql: string, values?: unknown[]) => attacker.query(sql, values).then((result) => result.rows) } as never;
  }
});
