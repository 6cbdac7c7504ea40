import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { startEmbeddedPostgres } from '@registry/database';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { buildService, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestIdentityProvider, TEST_AUDIENCE, TEST_ISSUER, type TestIdentityProvider } from '../support/test-identity.js';

/** What a request of the burst was, and what the service answered. */
type Kind = 'read' | 'write' | 'refusal';
interface Acknowledged {
  kind: Kind;
  /** the network a write created */
  networkId?: string;
}

const CLIENTS = 16;

/**
 * Sends audited requests from CLIENTS concurrent clients until `stop` says so or the service is gone: reads
 * (`municipality`, an audited query), writes (`createNetwork`, whose event is staged with the network) and
 * refusals (a protected query without a purpose). Each carries its own X-Request-Id. A request counts as
 * acknowledged once its whole answer has arrived: the data asked for, or the refusal's code.
 */
function burst(url: string, token: string, tag: string, stop: () => boolean) {
  const acknowledged = new Map<string, Acknowledged>();
  let sent = 0;
  const client = async (c: number) => {
    for (let i = 0; !stop(); i++) {
      const roll = (i * 7 + c) % 20;
      const kind: Kind = roll < 12 ? 'read' : roll < 17 ? 'write' : 'refusal';
      const requestId = `crash-${tag}-${c}-${i}`;
      const query =
        kind === 'read'
          ? '{ municipality(code: "1280") { code } }'
          : kind === 'write'
            ? `mutation { createNetwork(input: { name: "Crash ${requestId}", category: OTHER, reach: LOCAL }) { id } }`
            : '{ networks { id } }';
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'X-Request-Id': requestId,
      };
      if (kind !== 'refusal') headers['X-Access-Purpose'] = `crash test ${requestId}`;
      sent += 1;
      let body: { data?: Record<string, { id?: string; code?: string } | null>; errors?: { extensions?: { code?: string } }[] };
      try {
        const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
        body = (await response.json()) as typeof body;
      } catch {
        return; // the service is gone: nothing from here on was answered
      }
      if (kind === 'read' && body.data?.municipality?.code === '1280') acknowledged.set(requestId, { kind });
      if (kind === 'write' && body.data?.createNetwork?.id) acknowledged.set(requestId, { kind, networkId: body.data.createNetwork.id });
      if (kind === 'refusal' && body.errors?.[0]?.extensions?.code === 'PURPOSE_REQUIRED') acknowledged.set(requestId, { kind });
    }
  };
  const done = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return { acknowledged, sent: () => sent, done };
}

/** Runs a burst and kills the service with SIGKILL in the middle of it, once `atLeast` requests have been answered. */
async function burstAndKill(service: ServiceProcess, token: string, tag: string, atLeast: number) {
  let killed = false;
  const run = burst(service.url, token, tag, () => killed);
  const deadline = Date.now() + 60_000;
  while (run.acknowledged.size < atLeast && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  await service.kill();
  killed = true;
  await run.done;
  return { acknowledged: run.acknowledged, sent: run.sent() };
}

interface Stored {
  chained: Map<string, number>;
  staged: Set<string>;
  seqs: number[];
  networks: string[];
  /** resource ids of createNetwork events, chained or staged */
  networkEvents: Set<string>;
}

async function stored(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Stored> {
  const events = await query('SELECT seq::int AS seq, request_id, action, resource_id FROM audit_event ORDER BY seq');
  const staged = await query('SELECT request_id, action, resource_id FROM audit_pending');
  const networks = await query('SELECT id::text AS id FROM network');
  return {
    chained: new Map(events.map((e) => [e.request_id as string, e.seq as number])),
    staged: new Set(staged.map((e) => e.request_id as string)),
    seqs: events.map((e) => e.seq as number),
    networks: networks.map((n) => n.id as string),
    networkEvents: new Set([...events, ...staged].filter((e) => e.action === 'createNetwork').map((e) => e.resource_id as string)),
  };
}

/**
 * What must hold after a crash, before anything has run since: every acknowledged read and refusal is in the
 * chain (its answer waited for the group commit that chained it); every acknowledged write's event is in
 * the chain or staged (it committed with the write); every network that exists has its event (no write
 * without its event); and the chain has no gap.
 */
function expectDurable(acknowledged: Map<string, Acknowledged>, after: Stored): { staged: number } {
  let staged = 0;
  const missing: string[] = [];
  for (const [requestId, { kind, networkId }] of acknowledged) {
    if (after.chained.has(requestId)) continue;
    if (kind === 'write' && after.staged.has(requestId)) {
      staged += 1;
      continue;
    }
    missing.push(`${kind} ${requestId}${networkId ? ` (network ${networkId})` : ''}`);
  }
  expect(missing).toEqual([]);
  expect(after.networks.filter((id) => !after.networkEvents.has(id))).toEqual([]);
  expect(after.seqs).toEqual(after.seqs.map((_, i) => i + 1));
  return { staged };
}

/** After the restart: nothing left staged, and every acknowledged request's event in the chain. */
function expectChained(acknowledged: Map<string, Acknowledged>, after: Stored): void {
  expect(after.staged.size).toBe(0);
  expect([...acknowledged.keys()].filter((requestId) => !after.chained.has(requestId))).toEqual([]);
  expect(after.seqs).toEqual(after.seqs.map((_, i) => i + 1));
}

/** The service killed (SIGKILL) in the middle of a burst of audited requests, then started again. */
describe('audit log: a crash loses no acknowledged event', () => {
  let idp: TestIdentityProvider;
  let token: string;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    await ready();
    await buildService();
    idp = await createTestIdentityProvider();
    token = await idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'crash-tester' });
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  const identity = () => ({
    NODE_ENV: 'test',
    AUTH_JWKS_FILE: idp.jwksFile,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    // One subject sends the whole burst.
    RATE_LIMIT_PER_MINUTE: '1000000',
  });

  it('on PostgreSQL: every acknowledged event is chained, or staged and chained at the restart; the chain verifies', async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanups.push(() => database.drop());
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-crash-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const keyringFile = join(dataDir, 'keyring.json');
    await writeKeyRingFile(keyringFile, generateKeyRing());
    const env = { ...identity(), DATA_DIR: dataDir, DATABASE_URL: database.url, KEYRING_FILE: keyringFile, DATABASE_POOL_SIZE: '8' };
    const sql = new pg.Client({ connectionString: database.url });
    const query = async (text: string) => (await (await sqlReady).query(text)).rows as Record<string, unknown>[];
    const sqlReady = sql.connect().then(() => sql);
    cleanups.push(() => sql.end());

    const acknowledged = new Map<string, Acknowledged>();
    for (const round of [1, 2]) {
      const service = await startServiceProcess(env);
      cleanups.push(() => service.kill());
      // The restart has chained what the last crash left staged, before the service answered anything.
      if (round > 1) expectChained(acknowledged, await stored(query));
      const crash = await burstAndKill(service, token, `pg${round}`, 400);
      for (const [id, ack] of crash.acknowledged) acknowledged.set(id, ack);
      const after = await stored(query);
      const { staged } = expectDurable(acknowledged, after);
      process.stdout.write(
        `crash ${round} (PostgreSQL): ${crash.sent} sent, ${crash.acknowledged.size} acknowledged, ` +
          `${after.seqs.length} chained, ${after.staged.size} staged (${staged} acknowledged writes only staged)\n`,
      );
      expect(crash.sent).toBeGreaterThan(crash.acknowledged.size);
    }
    const service = await startServiceProcess(env);
    expectChained(acknowledged, await stored(query));
    expect(await service.stop()).not.toBe(1);
    await expect(auditCommand(['verify'], { DATABASE_URL: database.url, KEYRING_FILE: keyringFile })).resolves.toMatch(
      /^the audit log is valid: \d+ events/,
    );
  }, 300_000);

  it('on the embedded database: the same, PGlite recovering its files after the kill', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-crash-embedded-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { ...identity(), DATA_DIR: dataDir };
    /** Opens the embedded database in this process (the service must be down), as the CLI does. */
    const inspect = async (): Promise<Stored> => {
      const embedded = await startEmbeddedPostgres(dataDir);
      const client = new pg.Client({ connectionString: embedded.url });
      try {
        await client.connect();
        return await stored(async (text) => (await client.query(text)).rows as Record<string, unknown>[]);
      } finally {
        await client.end();
        await embedded.stop();
      }
    };

    const acknowledged = new Map<string, Acknowledged>();
    for (const round of [1, 2]) {
      const service = await startServiceProcess(env);
      cleanups.push(() => service.kill());
      const crash = await burstAndKill(service, token, `embedded${round}`, 200);
      for (const [id, ack] of crash.acknowledged) acknowledged.set(id, ack);
      const after = await inspect();
      const { staged } = expectDurable(acknowledged, after);
      process.stdout.write(
        `crash ${round} (embedded): ${crash.sent} sent, ${crash.acknowledged.size} acknowledged, ` +
          `${after.seqs.length} chained, ${after.staged.size} staged (${staged} acknowledged writes only staged)\n`,
      );
    }
    const service = await startServiceProcess(env);
    expect(await service.stop()).toBe(0);
    expectChained(acknowledged, await inspect());
    await expect(auditCommand(['verify'], { DATA_DIR: dataDir })).resolves.toMatch(/^the audit log is valid: \d+ events/);
  }, 300_000);
});
