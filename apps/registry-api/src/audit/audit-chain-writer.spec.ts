import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { verifyStoredRange, type AuditEventRecord } from '@registry/audit';
import { auditSigningKey, generateKeyRing, ready } from '@registry/crypto';
import { createDataSource, migrate } from '@registry/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import { auditDatabaseOf } from './audit-database.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditPendingRepository, type PendingAuditEvent } from './audit-pending.repository.js';
import { PostgresAuditStore } from './postgres-audit-store.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';

const event = (requestId: string, outcome = 'ok'): PendingAuditEvent => ({
  at: new Date().toISOString(),
  actor: 'officer-1',
  roles: ['POLICE_REGIONAL'],
  scope: 'SYD',
  action: 'case',
  resourceType: 'case',
  resourceId: null,
  purpose: 'writer spec',
  outcome: outcome as PendingAuditEvent['outcome'],
  requestId,
  clientAddress: '127.0.0.1',
});

/** Counts the statements that put events into the chain: one per pass. */
class CountingEvents extends AuditEventRepository {
  inserts = 0;
  override async insert(m: EntityManager, events: readonly AuditEventRecord[], pendingIds?: readonly string[]): Promise<void> {
    this.inserts += 1;
    return super.insert(m, events, pendingIds);
  }
  override async insertLocked(m: EntityManager, events: readonly AuditEventRecord[]): Promise<void> {
    this.inserts += 1;
    return super.insertLocked(m, events);
  }
}

describe('AuditChainWriter: group commit into one gapless chain', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let events: CountingEvents;
  let writer: AuditChainWriter;
  const pending = new AuditPendingRepository();

  async function chain(): Promise<{ seq: number; request_id: string; pending_id: string | null }[]> {
    return (await dataSource.query('SELECT seq::int AS seq, request_id, pending_id FROM audit_event ORDER BY seq')) as never;
  }

  async function expectValidChain(): Promise<void> {
    const db = auditDatabaseOf(dataSource);
    const seqs = (await chain()).map((row) => row.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const { publicJwk } = auditSigningKey(generateKeyRing());
    const verdict = await verifyStoredRange(new PostgresAuditStore(db), new PostgresCheckpointStore(db), {}, publicJwk);
    expect(verdict).toMatchObject({ valid: true, checkedEvents: seqs.length });
  }

  beforeAll(async () => {
    await ready();
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, poolSize: 6 }).initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(() => {
    events = new CountingEvents();
    writer = new AuditChainWriter(dataSource, events, pending);
  });

  it('chains concurrent appends in shared passes, each caller resolved once its events are committed', async () => {
    const before = (await chain()).length;
    const callers = Array.from({ length: 40 }, (_, i) => [event(`a-${i}-1`), event(`a-${i}-2`)]);
    const heads = await Promise.all(callers.map((events) => writer.append(events)));
    const rows = (await chain()).slice(before);
    expect(rows).toHaveLength(80);
    // Far fewer passes than callers: whoever arrives while a pass runs rides on the next.
    expect(events.inserts).toBeLessThan(10);
    for (const [i, head] of heads.entries()) {
      const first = rows.findIndex((row) => row.request_id === `a-${i}-1`);
      // A caller's events stay together and in order; its head is at or after them.
      expect(rows[first + 1]?.request_id).toBe(`a-${i}-2`);
      expect(head.seq).toBeGreaterThanOrEqual(rows[first + 1]!.seq);
    }
    expect(rows.every((row) => row.pending_id === null)).toBe(true);
    await expectValidChain();
  });

  it('moves staged events (a write committed them) before the events handed over in the same pass', async () => {
    await dataSource.transaction((m) => pending.insert(m, [event('staged-1'), event('staged-2')]));
    const [flushed, appended] = await Promise.all([writer.flush(), writer.append([event('fresh-1')])]);
    const rows = await chain();
    const tail = rows.slice(-3);
    expect(tail.map((row) => row.request_id)).toEqual(['staged-1', 'staged-2', 'fresh-1']);
    expect(tail[0]!.pending_id).not.toBeNull();
    expect(await pending.count(dataSource.manager)).toBe(0);
    expect(flushed?.seq).toBe(tail[2]!.seq);
    expect(appended.seq).toBe(tail[2]!.seq);
    await expectValidChain();
  });

  it('a backlog larger than one batch is moved in several', async () => {
    const small = new AuditChainWriter(dataSource, events, pending, 7);
    await dataSource.transaction((m) =>
      pending.insert(
        m,
        Array.from({ length: 30 }, (_, i) => event(`backlog-${i}`)),
      ),
    );
    const head = await small.flush();
    expect(await pending.count(dataSource.manager)).toBe(0);
    expect(head?.seq).toBe((await chain()).length);
    await expectValidChain();
  });

  it('an event the database refuses fails its own caller only, not the others in its pass', async () => {
    const before = (await chain()).length;
    const outcomes = await Promise.allSettled([
      writer.append([event('good-1')]),
      writer.append([event('poison', 'bogus')]),
      writer.append([event('good-2')]),
      writer.append([event('good-3')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const added = (await chain()).slice(before).map((row) => row.request_id);
    expect(added.sort()).toEqual(['good-1', 'good-2', 'good-3']);
    await expectValidChain();
  });

  it('picks the head up again when another writer (another instance, an operator command) moved it', async () => {
    await writer.append([event('mine-1')]);
    const other = new AuditChainWriter(dataSource);
    const store = new PostgresAuditStore(auditDatabaseOf(dataSource));
    await other.append([event('other-1')]);
    await store.append(event('operator-1'));
    // This writer's idea of the head is two events old: its one-statement append meets the primary key.
    await writer.append([event('mine-2')]);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => writer.append([event(`mine-x${i}`)])),
      ...Array.from({ length: 10 }, (_, i) => other.append([event(`other-x${i}`)])),
    ]);
    const ids = (await chain()).map((row) => row.request_id);
    expect(ids.slice(ids.indexOf('mine-1'), ids.indexOf('mine-2') + 1)).toEqual(['mine-1', 'other-1', 'operator-1', 'mine-2']);
    expect(ids.filter((id) => id.startsWith('mine-x') || id.startsWith('other-x'))).toHaveLength(20);
    await expectValidChain();
  });

  it('without a database every caller hears of the failure, nobody waits forever; the next pass works again', async () => {
    let down = true;
    const refuse = () => Promise.reject(new Error('connection refused'));
    const flaky = {
      transaction: <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => (down ? refuse() : dataSource.transaction(work)),
      get manager(): EntityManager {
        return down ? ({ query: refuse } as unknown as EntityManager) : dataSource.manager;
      },
    };
    const broken = new AuditChainWriter(flaky, events, pending);
    const outcomes = await Promise.allSettled([
      broken.append([event('lost-1')]),
      broken.append([event('lost-2')]),
      broken.flush(),
      broken.append([event('lost-3')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    down = false;
    await broken.append([event('back')]);
    await broken.idle();
    const ids = (await chain()).map((row) => row.request_id);
    expect(ids).toContain('back');
    expect(ids.filter((id) => id.startsWith('lost-'))).toEqual([]);
    await expectValidChain();
  });
});
