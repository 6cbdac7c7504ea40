import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { signCheckpoint, verifyStoredRange } from '@registry/audit';
import { auditSigningKey, generateKeyRing, ready, writeKeyRingFile } from '@registry/crypto';
import { createDataSource, migrate, startEmbeddedPostgres } from '@registry/database';
import { AuditChainWriter } from '../../apps/registry-api/src/audit/audit-chain-writer.js';
import { auditDatabaseOf } from '../../apps/registry-api/src/audit/audit-database.js';
import { AuditPendingRepository } from '../../apps/registry-api/src/audit/audit-pending.repository.js';
import { PostgresAuditStore } from '../../apps/registry-api/src/audit/postgres-audit-store.js';
import { PostgresCheckpointStore } from '../../apps/registry-api/src/audit/postgres-checkpoint-store.js';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';

const draft = (i: number) => ({
  actor: `officer-${i}`,
  roles: ['POLICE_REGIONAL'],
  scope: 'SYD',
  action: 'municipalities',
  resourceType: null,
  resourceId: null,
  purpose: `case ${i}`,
  outcome: 'ok' as const,
  requestId: `req-${i}`,
  clientAddress: '127.0.0.1',
});

/** `npm start` without DATABASE_URL runs on PGlite: the audit migration, its triggers and the CLI must work there too. */
describe('audit log on the embedded PostgreSQL (PGlite)', () => {
  let dataDir: string;

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates, appends a gapless chain, refuses rewrites, and the CLI verifies it once the server is stopped', async () => {
    await ready();
    dataDir = await mkdtemp(join(tmpdir(), 'registry-audit-embedded-'));
    const ring = generateKeyRing();
    await writeKeyRingFile(join(dataDir, 'keyring.json'), ring);
    const embedded = await startEmbeddedPostgres(dataDir);
    const dataSource = await createDataSource({ url: embedded.url, poolSize: 4 }).initialize();
    try {
      await migrate(dataSource);
      const db = auditDatabaseOf(dataSource);
      const store = new PostgresAuditStore(db);
      for (let i = 1; i <= 5; i++) await store.append(draft(i));
      // The service's path: staged in concurrent transactions, then chained by the writer.
      const pending = new AuditPendingRepository();
      await Promise.all(
        [6, 7, 8, 9, 10].map((i) => dataSource.transaction((m) => pending.insert(m, [{ ...draft(i), at: new Date().toISOString() }]))),
      );
      const head = await new AuditChainWriter(dataSource).flush();
      expect(head?.seq).toBe(10);
      expect(await pending.count(dataSource.manager)).toBe(0);
      expect(await store.head()).toEqual(head);

      for (const statement of [
        'UPDATE audit_event SET actor = $1',
        'DELETE FROM audit_event WHERE seq = 1',
        'TRUNCATE audit_event',
        'TRUNCATE audit_checkpoint',
      ]) {
        await expect(dataSource.query(statement, statement.includes('$1') ? ['x'] : [])).rejects.toThrow(/append-only/);
      }

      const { privateJwk, publicJwk } = auditSigningKey(ring);
      const payload = { seq: head!.seq, hash: head!.hash, at: new Date().toISOString() };
      const checkpoints = new PostgresCheckpointStore(db);
      await checkpoints.save({ ...payload, jws: await signCheckpoint(payload, privateJwk) });
      await expect(verifyStoredRange(store, checkpoints, {}, publicJwk)).resolves.toMatchObject({
        valid: true,
        checkedEvents: 10,
        lastSignedCheckpointSeq: 10,
      });
    } finally {
      await dataSource.destroy();
      await embedded.stop();
    }
    // The embedded database belongs to one process at a time: the CLI opens it only with the server stopped.
    await expect(auditCommand(['verify'], { DATA_DIR: dataDir })).resolves.toBe(
      'the audit log is valid: 10 events (seq 1 to 10), last signed checkpoint at seq 10, 0 events not covered by a signed checkpoint',
    );
  }, 120_000);
});
