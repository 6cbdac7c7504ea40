import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import pg from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { AUDIT_ACTIONS, DESTINATION_PROBE_RESOURCE_TYPE, chainHash, commitPersonal, formatDestinationProbeId } from '@registry/audit';
import type { AuditEventRecord } from '@registry/audit';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { AppModule } from '../../apps/registry-api/src/app.module.js';
import { AuditResource } from '../../apps/registry-api/src/audit/audit-resource.decorator.js';
import { AuditTrail } from '../../apps/registry-api/src/audit/audit-trail.js';
import { CheckpointScheduler } from '../../apps/registry-api/src/audit/checkpoint-scheduler.js';
import { RequiresPurpose, Roles } from '../../apps/registry-api/src/auth/access.decorators.js';
import { ForbiddenError } from '../../apps/registry-api/src/common/errors.js';
import { loadConfiguration, type AppConfig } from '../../apps/registry-api/src/config/configuration.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER, type TestIdentityProvider } from '../support/test-identity.js';

/** A table the probe mutation writes to, created by the tests that use it. */
export const PROBE_TABLE = 'audit_probe_write';

/**
 * Operations that exercise the audit mechanism itself, independent of any feature: a write that records
 * an extra event and may then fail, a query that writes, and a destination question that names its
 * resource at run time.
 */
@Resolver()
class AuditProbeResolver {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly trail: AuditTrail,
  ) {}

  @Mutation(() => ID)
  @RequiresPurpose()
  @Roles('POLICE_NATIONAL')
  @AuditResource('proposal', 'id')
  auditProbeWrite(@Args('id', { type: () => ID }) id: string, @Args('fail', { nullable: true }) fail?: string): Promise<string> {
    return this.uow.transaction(async (m) => {
      await m.query(`INSERT INTO ${PROBE_TABLE} (id) VALUES ($1)`, [id]);
      await this.trail.record({ action: AUDIT_ACTIONS.proposalOverride, resourceType: 'proposal', resourceId: id });
      if (fail === 'forbidden') throw new ForbiddenError();
      if (fail === 'crash') throw new Error('probe crashed');
      return id;
    });
  }

  /** A query that writes (as `destinationCleared` records a probe): its event must commit with the write. */
  @Query(() => Boolean)
  @RequiresPurpose()
  @Roles('POLICE_NATIONAL')
  async auditProbeQueryWrite(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.uow.manager.query(`INSERT INTO ${PROBE_TABLE} (id) VALUES ($1)`, [id]);
    return true;
  }

  @Query(() => Boolean)
  @RequiresPurpose()
  @Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
  auditProbeDestination(@Args('caseId', { type: () => ID }) caseId: string, @Args('token') token: string): boolean {
    this.trail.describeResource(DESTINATION_PROBE_RESOURCE_TYPE, formatDestinationProbeId(caseId, token));
    return true;
  }
}

@Module({ providers: [AuditProbeResolver] })
class AuditProbeModule {}

/** An audit_event row as pg returns it. */
export interface StoredAuditEvent {
  seq: string;
  at: Date;
  actor: string;
  roles: string[];
  scope: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  purpose: string | null;
  outcome: 'ok' | 'denied' | 'error';
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
  pending_id: string | null;
  actor_commitment: string | null;
  purpose_commitment: string | null;
  client_address_commitment: string | null;
  /** From audit_personal (events(), rechainFrom); absent in a plain audit_event row. */
  salt?: string | null;
}

/**
 * What an attacker with the database but without the signing key can do: change event `seq` (through
 * `edit`) and recompute every link after it, commitments included (the salt sits in the database).
 */
export async function rechainFrom(
  world: AuditTestWorld,
  seq: number,
  edit: (event: AuditEventRecord) => void = () => undefined,
): Promise<void> {
  const rows = (await world.events()).filter((row) => Number(row.seq) >= seq - 1);
  let prevHash = rows[0]!.hash;
  await world.sql('ALTER TABLE audit_event DISABLE TRIGGER ALL');
  await world.sql('ALTER TABLE audit_personal DISABLE TRIGGER ALL');
  try {
    for (const row of rows.slice(1)) {
      const fields: AuditEventRecord = {
        seq: Number(row.seq),
        at: row.at.toISOString(),
        actor: row.actor,
        roles: row.roles,
        scope: row.scope,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        purpose: row.purpose,
        outcome: row.outcome,
        requestId: row.request_id,
        clientAddress: row.client_address,
        personal: null,
        prevHash,
        hash: '',
      };
      if (fields.seq === seq) edit(fields);
      const v2 = row.actor_commitment !== null;
      if (v2) fields.personal = commitPersonal(row.salt!, fields);
      fields.hash = chainHash(prevHash, fields);
      await world.sql(
        `UPDATE audit_event SET prev_hash = $2, hash = $3, actor_commitment = $4, purpose_commitment = $5, client_address_commitment = $6,
                actor = $7, purpose = $8, client_address = $9 WHERE seq = $1`,
        [
          fields.seq,
          fields.prevHash,
          fields.hash,
          fields.personal?.actor ?? null,
          fields.personal?.purpose ?? null,
          fields.personal?.clientAddress ?? null,
          v2 ? null : fields.actor,
          v2 ? null : fields.purpose,
          v2 ? null : fields.clientAddress,
        ],
      );
      if (v2) {
        await world.sql('UPDATE audit_personal SET actor = $2, purpose = $3, client_address = $4 WHERE seq = $1', [
          fields.seq,
          fields.actor,
          fields.purpose,
          fields.clientAddress,
        ]);
      }
      prevHash = fields.hash;
    }
  } finally {
    await world.sql('ALTER TABLE audit_event ENABLE TRIGGER ALL');
    await world.sql('ALTER TABLE audit_personal ENABLE TRIGGER ALL');
  }
}

export interface AuditTestApp {
  app: INestApplication;
  http: App;
  config: AppConfig;
  graphql(
    query: string,
    options?: { token?: string; purpose?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): request.Test;
  close(): Promise<void>;
}

/** What several app instances share: one database, one identity provider, one key ring file. */
export interface AuditTestWorld {
  database: TestDatabase;
  idp: TestIdentityProvider;
  keyringFile: string;
  dataDir: string;
  /** A pg client on the test database (superuser), closed by `close`. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** Every audit event, in seq order, as stored. */
  events(): Promise<StoredAuditEvent[]>;
  /** Starts an instance on the shared database; `env` adds or overrides settings (AUDIT_CHECKPOINT_STORE_URL, AUDIT_WITNESSES, …). */
  start(env?: Record<string, string>): Promise<AuditTestApp>;
  close(): Promise<void>;
}

export async function createAuditTestWorld(): Promise<AuditTestWorld> {
  await ready();
  const database = await createTestDatabase();
  const idp = await createTestIdentityProvider();
  const dataDir = await mkdtemp(join(tmpdir(), 'registry-audit-'));
  const keyringFile = join(dataDir, `keyring-${randomBytes(4).toString('hex')}.json`);
  await writeKeyRingFile(keyringFile, generateKeyRing());
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const apps: AuditTestApp[] = [];

  const world: AuditTestWorld = {
    database,
    idp,
    keyringFile,
    dataDir,
    async sql<T>(text: string, values?: unknown[]) {
      return (await client.query(text, values)).rows as T[];
    },
    events() {
      // Personal fields from audit_personal where the event keeps them there (version 2 events).
      return world.sql<StoredAuditEvent>(
        `SELECT e.*, coalesce(e.actor, p.actor) AS actor, coalesce(e.purpose, p.purpose) AS purpose,
                coalesce(e.client_address, p.client_address) AS client_address, p.salt
           FROM audit_event e LEFT JOIN audit_personal p ON p.seq = e.seq ORDER BY e.seq`,
      );
    },
    async start(env: Record<string, string> = {}) {
      const config = loadConfiguration({
        ...env,
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '4',
        KEYRING_FILE: keyringFile,
        AUTH_JWKS_FILE: idp.jwksFile,
        AUTH_ISSUER: TEST_ISSUER,
        AUTH_AUDIENCE: TEST_AUDIENCE,
        LOG_LEVEL: 'silent',
        ...env,
      });
      @Module({ imports: [AppModule.register(config, database.url), AuditProbeModule] })
      class AuditTestRoot {}
      const app = await NestFactory.create(AuditTestRoot, { logger: false });
      await app.init();
      const http = app.getHttpServer() as App;
      const started: AuditTestApp = {
        app,
        http,
        config,
        graphql(query, options = {}) {
          const req = request(http).post('/graphql').set('Content-Type', 'application/json');
          if (options.token) req.set('Authorization', `Bearer ${options.token}`);
          if (options.purpose) req.set('X-Access-Purpose', options.purpose);
          for (const [name, value] of Object.entries(options.headers ?? {})) req.set(name, value);
          return req.send({ query, variables: options.variables ?? {} });
        },
        close: () => app.close(),
      };
      apps.push(started);
      return started;
    },
    async close() {
      for (const app of apps) await app.close();
      await client.end();
      await database.drop();
    },
  };
  // The schema exists once the first instance has migrated it; probes need their table.
  return world;
}

/** Signs the head now, whatever the policy: tests need a checkpoint at a known seq. */
export function signHeadNow(app: AuditTestApp): Promise<unknown> {
  return app.app.get(CheckpointScheduler).signIfDue(new Date(), { everyEvents: 1, everyMs: 0 });
}

export function errorCode(body: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}
