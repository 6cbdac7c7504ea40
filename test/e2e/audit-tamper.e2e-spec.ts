import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair } from 'jose';
import { parseCheckpointLines, signCheckpoint } from '@registry/audit';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import {
  createAuditTestWorld,
  rechainFrom,
  signHeadNow,
  type AuditTestApp,
  type AuditTestWorld,
  type StoredAuditEvent,
} from './audit-support.js';

const VERIFY = '{ verifyAuditLog { valid checkedEvents firstInvalidSeq lastSignedCheckpointSeq reason } }';

interface Verdict {
  valid: boolean;
  firstInvalidSeq: number | null;
  reason?: string | null;
}

/** Someone with the database (superuser) but not the signing key, rewriting history behind the triggers' back. */
describe('tampering is refused by the database, and found by verifyAuditLog and the CLI', () => {
  let world: AuditTestWorld;
  let app: AuditTestApp;
  let auditor: string;
  let env: NodeJS.ProcessEnv;
  let checkpointSeq: number;

  async function apiVerdict(): Promise<Verdict> {
    const response = await app.graphql(VERIFY, { token: auditor });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.verifyAuditLog as Verdict;
  }

  /** The API and the CLI must agree; the CLI exits non-zero with the seq in its message. */
  async function expectInvalidAt(seq: number, extraArgs: string[] = []): Promise<void> {
    if (extraArgs.length === 0) expect(await apiVerdict()).toMatchObject({ valid: false, firstInvalidSeq: seq });
    await expect(auditCommand(['verify', ...extraArgs], env)).rejects.toThrow(`first bad seq ${seq} (`);
  }

  async function expectValid(): Promise<void> {
    expect(await apiVerdict()).toMatchObject({ valid: true, firstInvalidSeq: null });
    await expect(auditCommand(['verify'], env)).resolves.toMatch(/^the audit log is valid: \d+ events/);
  }

  async function behindTriggers<T>(table: 'audit_event' | 'audit_checkpoint', work: () => Promise<T>): Promise<T> {
    await world.sql(`ALTER TABLE ${table} DISABLE TRIGGER ALL`);
    try {
      return await work();
    } finally {
      await world.sql(`ALTER TABLE ${table} ENABLE TRIGGER ALL`);
    }
  }

  async function row(seq: number): Promise<StoredAuditEvent> {
    const [found] = await world.sql<StoredAuditEvent>('SELECT * FROM audit_event WHERE seq = $1', [seq]);
    return found!;
  }

  async function restore(saved: StoredAuditEvent): Promise<void> {
    const columns = Object.keys(saved) as (keyof StoredAuditEvent)[];
    await world.sql(`DELETE FROM audit_event WHERE seq = $1`, [saved.seq]);
    await world.sql(
      `INSERT INTO audit_event (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => saved[c]),
    );
  }

  beforeAll(async () => {
    world = await createAuditTestWorld();
    app = await world.start();
    auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-2' });
    env = { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile };
    const officer = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'VAST' }, { sub: 'vast-1' });
    for (let i = 0; i < 20; i++) await app.graphql('{ municipalities { code } }', { token: officer, purpose: `case ${i}` }).expect(200);
    await signHeadNow(app);
    const [checkpoint] = await world.sql<{ seq: string }>('SELECT max(seq) AS seq FROM audit_checkpoint');
    checkpointSeq = Number(checkpoint!.seq);
    for (let i = 0; i < 5; i++) await app.graphql('{ municipalities { code } }', { token: officer, purpose: 'after' }).expect(200);
  });
  afterAll(async () => {
    await world.close();
  });

  it('starts valid, with a signed checkpoint', async () => {
    expect(checkpointSeq).toBeGreaterThanOrEqual(20);
    expect(await apiVerdict()).toMatchObject({ valid: true, lastSignedCheckpointSeq: checkpointSeq });
    await expectValid();
  });

  it.each([
    ['UPDATE audit_event SET purpose = $1 WHERE seq = 3', ['rewritten']],
    ['DELETE FROM audit_event WHERE seq = 3', []],
    ['TRUNCATE audit_event', []],
    ['UPDATE audit_checkpoint SET hash = $1', ['0'.repeat(64)]],
    ['DELETE FROM audit_checkpoint', []],
    ['TRUNCATE audit_checkpoint', []],
    ['TRUNCATE audit_event CASCADE', []],
    ['TRUNCATE audit_pending', []],
  ])('the database refuses %s, even to a superuser', async (statement, values) => {
    await expect(world.sql(statement, values)).rejects.toThrow(/the audit log is append-only/);
  });

  it('a staged event cannot be changed, nor removed before it is chained', async () => {
    await world.sql('BEGIN');
    try {
      await world.sql("INSERT INTO audit_pending (at, actor, roles, action, outcome) VALUES (now(), 'insider', '{}', 'case', 'ok')");
      await world.sql('SAVEPOINT staged');
      await expect(world.sql("UPDATE audit_pending SET actor = 'nobody'")).rejects.toThrow(/append-only/);
      await world.sql('ROLLBACK TO SAVEPOINT staged');
      await expect(world.sql('DELETE FROM audit_pending')).rejects.toThrow(/a pending event leaves only into the chain/);
    } finally {
      await world.sql('ROLLBACK');
    }
  });

  it('changing one field of one event: invalid at that seq', async () => {
    const saved = await row(5);
    await behindTriggers('audit_event', () => world.sql("UPDATE audit_event SET purpose = 'nothing to see' WHERE seq = 5"));
    await expectInvalidAt(5);
    await behindTriggers('audit_event', () => restore(saved));
    await expectValid();
  });

  it('changing a field and re-hashing the whole chain after it: caught by the signed checkpoint', async () => {
    const { actor } = (await world.events())[4]!;
    await rechainFrom(world, 5, (event) => (event.actor = 'someone-else'));
    // Every link fits now; only the checkpoint, signed with a key the database never held, does not.
    await expectInvalidAt(checkpointSeq);
    expect((await apiVerdict()).reason).toBe(`checkpoint at seq ${checkpointSeq} does not match the Merkle tree of the events`);
    // The verifications above were audited onto the rewritten head: repair those links too.
    await rechainFrom(world, 5, (event) => (event.actor = actor));
    await expectValid();
  });

  it('deleting one event: invalid at that seq', async () => {
    const saved = await row(7);
    await behindTriggers('audit_event', () => world.sql('DELETE FROM audit_event WHERE seq = 7'));
    await expectInvalidAt(7);
    await behindTriggers('audit_event', () => restore(saved));
    await expectValid();
  });

  it('swapping two events: invalid at the first of them', async () => {
    const [eight, nine] = [await row(8), await row(9)];
    await behindTriggers('audit_event', async () => {
      // pending_id is bookkeeping outside the hash (and unique): it stays with its row
      await restore({ ...nine, seq: eight.seq, pending_id: eight.pending_id });
      await restore({ ...eight, seq: nine.seq, pending_id: nine.pending_id });
    });
    await expectInvalidAt(8);
    await behindTriggers('audit_event', async () => {
      await restore(eight);
      await restore(nine);
    });
    await expectValid();
  });

  it('a checkpoint signed with another key: invalid at its seq', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const forger = await exportJWK(privateKey);
    const event = await row(10);
    const payload = { seq: 10, hash: event.hash, at: new Date().toISOString() };
    await world.sql('INSERT INTO audit_checkpoint (seq, hash, at, jws, key_id) VALUES ($1, $2, $3, $4, $5)', [
      10,
      payload.hash,
      payload.at,
      await signCheckpoint(payload, forger),
      'forger',
    ]);
    await expectInvalidAt(10);
    // Verification takes the current and retired audit keys by key id: a key outside that list signed it.
    expect((await apiVerdict()).reason).toMatch(/^checkpoint at seq 10: checkpoint signed by an unknown key/);
    await behindTriggers('audit_checkpoint', () => world.sql('DELETE FROM audit_checkpoint WHERE seq = 10'));
    await expectValid();
  });

  it('a real checkpoint whose signature was altered: invalid at its seq', async () => {
    const [checkpoint] = await world.sql<{ note: string }>('SELECT note FROM audit_checkpoint WHERE seq = $1', [checkpointSeq]);
    const note = checkpoint!.note;
    // One base64 character of the Ed25519 signature, well inside the signature line.
    const at = note.length - 12;
    const flipped = `${note.slice(0, at)}${note[at] === 'A' ? 'B' : 'A'}${note.slice(at + 1)}`;
    await behindTriggers('audit_checkpoint', () =>
      world.sql('UPDATE audit_checkpoint SET note = $1 WHERE seq = $2', [flipped, checkpointSeq]),
    );
    await expectInvalidAt(checkpointSeq);
    expect((await apiVerdict()).reason).toMatch(new RegExp(`^checkpoint at seq ${checkpointSeq}: the signature of .* does not verify`));
    await behindTriggers('audit_checkpoint', () =>
      world.sql('UPDATE audit_checkpoint SET note = $1 WHERE seq = $2', [note, checkpointSeq]),
    );
    await expectValid();
  });

  it('cutting off the tail with its checkpoint is invisible inside the database, and caught by the exported checkpoints', async () => {
    await signHeadNow(app);
    const [{ seq: headSeq }] = await world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_event');
    const file = join(await mkdtemp(join(tmpdir(), 'registry-export-')), 'checkpoints.jsonl');
    await expect(auditCommand(['export-checkpoints', '--out', file], env)).resolves.toMatch(
      new RegExp(`^wrote 2 checkpoints \\(up to seq ${headSeq}\\)`),
    );
    const exported = parseCheckpointLines(await readFile(file, 'utf8'));
    expect(exported.map((c) => c.seq)).toEqual([checkpointSeq, headSeq]);
    await expect(auditCommand(['verify', '--checkpoints', file], env)).resolves.toMatch(/2 exported checkpoints checked$/);

    await behindTriggers('audit_checkpoint', () => world.sql('DELETE FROM audit_checkpoint WHERE seq = $1', [headSeq]));
    await behindTriggers('audit_event', () => world.sql('DELETE FROM audit_event WHERE seq > $1', [headSeq - 3]));
    // What is left is a sound chain with a sound checkpoint: only the copy kept off the system shows the cut.
    await expect(auditCommand(['verify'], env)).resolves.toMatch(/^the audit log is valid/);
    await expectInvalidAt(headSeq - 2, ['--checkpoints', file]);
  });

  it('deleting a checkpoint row that was exported, the chain untouched, fails the check too', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'registry-export-')), 'checkpoints.jsonl');
    await auditCommand(['export-checkpoints', '--out', file], env);
    await behindTriggers('audit_checkpoint', () => world.sql('DELETE FROM audit_checkpoint WHERE seq = $1', [checkpointSeq]));
    await expectInvalidAt(checkpointSeq, ['--checkpoints', file]);
  });
});
