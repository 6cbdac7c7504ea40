/**
 * Audit log throughput on a real PostgreSQL, through the same code the service uses:
 *  1. appends/s with 1, 4 and 16 concurrent writers, each waiting until its event is durable before the
 *     next, through the AuditChainWriter as the service uses it:
 *     - group commit (`append`), a read's or a refusal's path: the event handed over in memory and chained,
 *       with whatever else arrived meanwhile, in one shared transaction that commits before the answer;
 *     - staged (`flush`), a write's path: the event committed in audit_pending in a transaction of its own
 *       (in the service, the write's), then chained in a shared pass before the answer.
 *     For comparison, the direct path (PostgresAuditStore.append: chain lock held through each commit).
 *     The chain is checked gapless afterwards.
 *  2. verification events/s over 1,000,000 stored events with a signed checkpoint every 1,000, read back
 *     page by page and checked by `verifyStoredRange`, as `verifyAuditLog` and `npm run audit -- verify` do.
 * Goals: >= 10,000 appends/s with 16 writers (the performance issue; issue 4 asked for 2,000), >= 100,000 verified/s.
 * The machine the figures come from may be shared: the load average is printed before and after.
 *
 * Creates and drops a database of its own on ${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}.
 * Run: npm run bench:audit [-- events [seconds]]   (npm run -s build && node dist/test/bench/audit-bench.js [events] [seconds])
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { buildNextEvent, DEFAULT_CHECKPOINT_POLICY, signCheckpoint, verifyStoredRange } from '@registry/audit';
import type { AuditEventDraft, AuditEventRecord, SignedCheckpoint } from '@registry/audit';
import { auditSigningKey, generateKeyRing, ready } from '@registry/crypto';
import { createDataSource, migrate } from '@registry/database';
import { AuditChainWriter } from '../../apps/registry-api/src/audit/audit-chain-writer.js';
import { AuditCheckpointRepository } from '../../apps/registry-api/src/audit/audit-checkpoint.repository.js';
import { auditDatabaseOf } from '../../apps/registry-api/src/audit/audit-database.js';
import { AuditEventRepository } from '../../apps/registry-api/src/audit/audit-event.repository.js';
import { AuditPendingRepository } from '../../apps/registry-api/src/audit/audit-pending.repository.js';
import { PostgresAuditStore } from '../../apps/registry-api/src/audit/postgres-audit-store.js';
import { PostgresCheckpointStore, keyIdOf } from '../../apps/registry-api/src/audit/postgres-checkpoint-store.js';

const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const VERIFY_EVENTS = Number(process.argv[2] ?? 1_000_000);
const APPEND_SECONDS = Number(process.argv[3] ?? 3);
const WRITERS = [1, 4, 16];
const LOAD_BATCH = 10_000;
const GOAL_APPENDS = 10_000;
const GOAL_VERIFIED = 100_000;

const START = Date.parse('2025-01-01T00:00:00.000Z');
const ACTIONS = ['checkDestination', 'case', 'clearance', 'submitProposal', 'forbidden'];
const ROLES = [['POLICE_REGIONAL'], ['MUNICIPALITY'], ['POLICE_NATIONAL']];

function draft(i: number, at?: string): AuditEventDraft {
  return {
    ...(at === undefined ? {} : { at }),
    actor: `user-${i % 500}`,
    roles: ROLES[i % ROLES.length]!,
    scope: i % 2 === 0 ? 'SYD' : '1280',
    action: ACTIONS[i % ACTIONS.length]!,
    resourceType: 'case',
    resourceId: `5f0c6a8e-1b2c-4d3e-8f90-${String(i % 1e12).padStart(12, '0')}`,
    purpose: `AVH-2025-${String(i % 1e6).padStart(6, '0')}`,
    outcome: i % 97 === 0 ? 'denied' : 'ok',
    requestId: `req-${i}`,
    clientAddress: '10.0.0.17',
  };
}

const rate = (count: number, ms: number): number => Math.round((count / ms) * 1000);
const figure = (n: number): string => n.toLocaleString('en-US');
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const verdict = (value: number, goal: number): string => (value >= goal ? `meets >= ${figure(goal)}` : `BELOW the goal of ${figure(goal)}`);

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Append = (i: number) => Promise<unknown>;

async function appendPhase(label: string, append: Append, writers: number): Promise<number> {
  const deadline = performance.now() + APPEND_SECONDS * 1000;
  let appended = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = w; performance.now() < deadline; i += writers) {
        await append(i);
        appended++;
      }
    }),
  );
  const perSecond = rate(appended, performance.now() - started);
  process.stdout.write(
    `${label}, ${String(writers).padStart(2)} writer(s): ${figure(appended).padStart(7)} events, ${figure(perSecond).padStart(6)} appends/s\n`,
  );
  return perSecond;
}

/** Builds the rest of a chain with the library and loads it in multi-row inserts, signing every 1,000th event. */
async function bulkLoad(
  dataSource: DataSource,
  store: PostgresAuditStore,
  count: number,
  signingKey: Parameters<typeof signCheckpoint>[1],
): Promise<void> {
  const events = new AuditEventRepository();
  const checkpoints = new AuditCheckpointRepository();
  let head = await store.head();
  const startSeq = (head?.seq ?? 0) + 1;
  for (let loaded = 0; loaded < count;) {
    const batch: AuditEventRecord[] = [];
    const signed: SignedCheckpoint[] = [];
    for (let i = 0; i < LOAD_BATCH && loaded < count; i++, loaded++) {
      const seq = startSeq + loaded;
      const record: AuditEventRecord = buildNextEvent(head, draft(seq, new Date(START + seq * 50).toISOString()));
      batch.push(record);
      head = record;
      if (seq % DEFAULT_CHECKPOINT_POLICY.everyEvents === 0) {
        const payload = { seq, hash: record.hash, at: record.at };
        signed.push({ ...payload, jws: await signCheckpoint(payload, signingKey) });
      }
    }
    await dataSource.transaction(async (m) => {
      await events.insert(m, batch);
      for (const checkpoint of signed) await checkpoints.insert(m, checkpoint, keyIdOf(checkpoint.jws!));
    });
  }
}

async function main(): Promise<void> {
  await ready();
  const name = `audit_bench_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const dataSource = await createDataSource({
    url: url.toString(),
    poolSize: Math.max(...WRITERS) + 1,
    applicationName: 'audit-bench',
  }).initialize();
  try {
    await migrate(dataSource);
    const db = auditDatabaseOf(dataSource);
    const store = new PostgresAuditStore(db);
    const ring = generateKeyRing();
    const { privateJwk, publicJwk } = auditSigningKey(ring);

    const pending = new AuditPendingRepository();
    const writer = new AuditChainWriter(dataSource);
    const now = (i: number) => ({ ...draft(i), at: new Date().toISOString() });
    const grouped: Append = (i) => writer.append([now(i)]);
    // One statement, committed on its own: in the service this insert rides in the write's transaction.
    const staged: Append = async (i) => {
      await pending.insert(dataSource.manager, [now(i)]);
      await writer.flush();
    };
    process.stdout.write(`load average before: ${load()} (${cpus().length} CPUs, shared with other work)\n`);
    const groupRates: number[] = [];
    for (const writers of WRITERS) groupRates.push(await appendPhase('group commit (append)         ', grouped, writers));
    const stagedRates: number[] = [];
    for (const writers of WRITERS) stagedRates.push(await appendPhase('staged, then chained (flush)  ', staged, writers));
    const directRates: number[] = [];
    for (const writers of WRITERS)
      directRates.push(await appendPhase('direct (lock through commit)  ', (i) => store.append(draft(i)), writers));
    process.stdout.write(`load average after: ${load()}\n`);
    const appendedHead = (await store.head())?.seq ?? 0;
    const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n, max(seq)::int AS top FROM audit_event')) as {
      n: number;
      top: number;
    }[];
    if (n !== appendedHead) throw new Error(`chain has gaps after the append phase: ${n} events, head ${appendedHead}`);

    let loadMs = performance.now();
    await bulkLoad(dataSource, store, VERIFY_EVENTS, privateJwk);
    loadMs = performance.now() - loadMs;
    await dataSource.query('ANALYZE audit_event');
    const total = appendedHead + VERIFY_EVENTS;
    process.stdout.write(`bulk load: ${figure(VERIFY_EVENTS)} events built, signed and inserted in ${(loadMs / 1000).toFixed(1)} s\n`);

    let verifyMs = performance.now();
    const result = await verifyStoredRange(store, new PostgresCheckpointStore(db), {}, publicJwk);
    verifyMs = performance.now() - verifyMs;
    const verifiedRate = rate(result.checkedEvents, verifyMs);
    process.stdout.write(
      `verify: ${figure(result.checkedEvents)} of ${figure(total)} events in ${(verifyMs / 1000).toFixed(1)} s, ${figure(verifiedRate)} events/s ` +
        `(valid=${result.valid}, last signed checkpoint ${result.lastSignedCheckpointSeq})\n`,
    );

    const at16 = groupRates[WRITERS.indexOf(16)]!;
    process.stdout.write(
      [
        '',
        `appends, 16 writers, group commit: ${figure(at16)}/s (${verdict(at16, GOAL_APPENDS)}); ` +
          `1 / 4 / 16 writers: ${groupRates.map(figure).join(' / ')}`,
        `appends, staged then chained (a write's path): ${stagedRates.map(figure).join(' / ')}; ` +
          `direct path ${directRates.map(figure).join(' / ')}`,
        `verification: ${figure(verifiedRate)} events/s (${verdict(verifiedRate, GOAL_VERIFIED)})`,
        '',
      ].join('\n'),
    );
    if (!result.valid || result.checkedEvents !== total) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
