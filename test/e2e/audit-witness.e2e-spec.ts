import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import {
  CompactRange,
  DEFAULT_LOG_ORIGIN,
  formatVerifierKey,
  leafHash,
  noteKeyFromJwk,
  signLogCheckpoint,
  submitToWitness,
} from '@registry/audit';
import { auditSigningKey, readKeyRingFile } from '@registry/crypto';
import { CheckpointScheduler } from '../../apps/registry-api/src/audit/checkpoint-scheduler.js';
import { Metrics } from '../../apps/registry-api/src/observability/metrics.js';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { startWitness, type RunningWitness } from '../../apps/witness/src/witness-server.js';
import { createAuditTestWorld, rechainFrom, signHeadNow, type AuditTestApp, type AuditTestWorld } from './audit-support.js';

/**
 * The log against an insider with the database but not the signing key: checkpoints go to an append-only
 * store and to a witness outside the database, the signer refuses history that does not extend what it
 * signed, and `audit verify` uses the store by default.
 */
interface Setting {
  world: AuditTestWorld;
  witness: RunningWitness;
  witnessState: string;
  storeDir: string;
  appEnv: Record<string, string>;
  cliEnv: NodeJS.ProcessEnv;
  logKey: string;
  officer: string;
  auditor: string;
}

async function setting(): Promise<Setting> {
  const world = await createAuditTestWorld();
  const { publicJwk } = auditSigningKey(await readKeyRingFile(world.keyringFile));
  const logKey = formatVerifierKey(noteKeyFromJwk(DEFAULT_LOG_ORIGIN, publicJwk));
  const witnessDir = await mkdtemp(join(tmpdir(), 'registry-witness-'));
  const witnessState = join(witnessDir, 'state.json');
  const witness = await startWitness({
    name: 'witness.test/w1',
    keyFile: join(witnessDir, 'key.jwk'),
    stateFile: witnessState,
    logs: [logKey],
  });
  const storeDir = join(await mkdtemp(join(tmpdir(), 'registry-store-')), 'checkpoints');
  const appEnv = {
    AUDIT_CHECKPOINT_STORE_URL: pathToFileURL(storeDir).href,
    AUDIT_WITNESSES: `${witness.url} ${witness.verifierKey}`,
  };
  const cliEnv = { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile, ...appEnv };
  const officer = await world.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'VAST' }, { sub: 'vast-7' });
  const auditor = await world.idp.sign({ roles: ['AUDITOR'] }, { sub: 'auditor-7' });
  return { world, witness, witnessState, storeDir, appEnv, cliEnv, logKey, officer, auditor };
}

async function requests(app: AuditTestApp, token: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await app.graphql('{ municipalities { code } }', { token, purpose: `case ${i}` }).expect(200);
}

async function headSeq(world: AuditTestWorld): Promise<number> {
  const [{ seq }] = await world.sql<{ seq: number }>('SELECT coalesce(max(seq), 0)::int AS seq FROM audit_event');
  return seq;
}

async function witnessedSize(path: string): Promise<number> {
  const state = JSON.parse(await readFile(path, 'utf8')) as { logs: Record<string, { size: number }> };
  return state.logs[DEFAULT_LOG_ORIGIN]!.size;
}

async function behindTriggers<T>(world: AuditTestWorld, table: string, work: () => Promise<T>): Promise<T> {
  await world.sql(`ALTER TABLE ${table} DISABLE TRIGGER ALL`);
  try {
    return await work();
  } finally {
    await world.sql(`ALTER TABLE ${table} ENABLE TRIGGER ALL`);
  }
}

async function alarms(app: AuditTestApp): Promise<number> {
  const metric = await app.app.get(Metrics).auditCheckpointAlarms.get();
  return metric.values.filter((v) => v.labels.by === 'signer').reduce((sum, v) => sum + v.value, 0);
}

describe('checkpoints leave the database: the store, the witness, and what they catch', () => {
  let s: Setting;
  let app: AuditTestApp;

  beforeAll(async () => {
    s = await setting();
    app = await s.world.start(s.appEnv);
    await requests(app, s.officer, 12);
  });
  afterAll(async () => {
    await s.world.close();
    await s.witness.close();
  });

  it('each checkpoint is a C2SP note, archived in its own file and cosigned by the witness', async () => {
    await signHeadNow(app);
    const [checkpoint] = await s.world.sql<{ seq: string; note: string }>(
      'SELECT seq, note FROM audit_checkpoint ORDER BY seq DESC LIMIT 1',
    );
    const size = Number(checkpoint!.seq);
    expect(checkpoint!.note).toMatch(
      new RegExp(`^${DEFAULT_LOG_ORIGIN}\\n${size}\\n[A-Za-z0-9+/]{43}=\\ntimestamp .*\\n\\n\u2014 ${DEFAULT_LOG_ORIGIN} `),
    );
    const files = await readdir(s.storeDir);
    expect(files.filter((f) => f.endsWith('-log.checkpoint'))).toHaveLength(1);
    expect(files.filter((f) => f.includes('-cosigned-witness.test-w1'))).toHaveLength(1);
    expect(await witnessedSize(s.witnessState)).toBe(size);
    const [cosigned] = await s.world.sql<{ note: string }>('SELECT note FROM audit_cosignature WHERE seq = $1', [size]);
    expect(cosigned!.note.startsWith(checkpoint!.note)).toBe(true);
    expect(cosigned!.note.split('\n\u2014 ')).toHaveLength(3);
    await expect(auditCommand(['verify'], s.cliEnv)).resolves.toMatch(
      new RegExp(
        `^the audit log is valid: \\d+ events .*last signed checkpoint at seq ${size}, last witnessed checkpoint at seq ${size}, \\d+ events not covered`,
      ),
    );
  });

  it('an idle log re-signs its head (a heartbeat), and the witness cosigns the same tree again', async () => {
    const [{ count: before }] = await s.world.sql<{ count: number }>('SELECT count(*)::int AS count FROM audit_checkpoint');
    await app.app.get(CheckpointScheduler).signIfDue(new Date(Date.now() + 600_001));
    const rows = await s.world.sql<{ seq: string }>('SELECT seq FROM audit_checkpoint ORDER BY at DESC LIMIT 2');
    expect(Number(rows[0]!.seq)).toBe(Number(rows[1]!.seq));
    const [{ count: after }] = await s.world.sql<{ count: number }>('SELECT count(*)::int AS count FROM audit_checkpoint');
    expect(after).toBe(before + 1);
    expect((await readdir(s.storeDir)).filter((f) => f.includes('-cosigned-'))).toHaveLength(2);
  });

  it('prove prints an inclusion proof that verify-proof checks with the public key alone, and refuses when altered', async () => {
    await requests(app, s.officer, 3);
    await signHeadNow(app);
    const text = await auditCommand(['prove', '--seq', '4'], s.cliEnv);
    const proof = JSON.parse(text) as { event: { seq: number; purpose: string }; proof: string[]; checkpoint: string; treeSize: number };
    expect(proof.event.seq).toBe(4);
    expect(proof.treeSize).toBeGreaterThanOrEqual(15);
    const dir = await mkdtemp(join(tmpdir(), 'registry-proof-'));
    const keyFile = join(dir, 'log.vkey');
    await writeFile(keyFile, await auditCommand(['public-key', '--note'], s.cliEnv));
    expect(await readFile(keyFile, 'utf8')).toBe(s.logKey);
    // Offline: no database, no key ring, the proof on standard input.
    const offline = { AUDIT_LOG_ORIGIN: DEFAULT_LOG_ORIGIN };
    await expect(auditCommand(['verify-proof', '--public-key', keyFile], offline, async () => text)).resolves.toMatch(
      new RegExp(`^the proof is valid: event 4 is in the tree of ${proof.treeSize} events signed at `),
    );
    const checkpointFile = join(dir, 'checkpoint.note');
    await writeFile(checkpointFile, proof.checkpoint);
    const proofFile = join(dir, 'proof.json');
    await writeFile(proofFile, text);
    await expect(
      auditCommand(['verify-proof', '--proof', proofFile, '--checkpoint', checkpointFile, '--public-key', keyFile], offline),
    ).resolves.toMatch(/^the proof is valid/);
    // A personal field is checked against its commitment, any other field against the hash.
    const altered = { ...proof, event: { ...proof.event, purpose: 'something else' } };
    await expect(auditCommand(['verify-proof', '--public-key', keyFile], offline, async () => JSON.stringify(altered))).rejects.toThrow(
      /personal fields do not match their commitments/,
    );
    const moved = { ...proof, event: { ...proof.event, resourceId: 'another-case' } };
    await expect(auditCommand(['verify-proof', '--public-key', keyFile], offline, async () => JSON.stringify(moved))).rejects.toThrow(
      /does not match its hash/,
    );
    const path = [...proof.proof];
    path[0] = Buffer.alloc(32, 1).toString('base64');
    await expect(
      auditCommand(['verify-proof', '--public-key', keyFile], offline, async () => JSON.stringify({ ...proof, proof: path })),
    ).rejects.toThrow(/does not lead to the signed root/);
    const otherKey = join(dir, 'other.vkey');
    await writeFile(
      otherKey,
      s.witness.verifierKey.replace('witness.test/w1', DEFAULT_LOG_ORIGIN).replace(/\+[0-9a-f]{8}\+/, '+00000000+'),
    );
    await expect(auditCommand(['verify-proof', '--public-key', otherKey], offline, async () => text)).rejects.toThrow();
  });

  it('deleting checkpoint rows, the events untouched: verify finds them missing against the store', async () => {
    const [{ seq: newest }] = await s.world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    const saved = await s.world.sql<Record<string, unknown>>('SELECT * FROM audit_checkpoint WHERE seq = $1', [newest]);
    await behindTriggers(s.world, 'audit_checkpoint', () => s.world.sql('DELETE FROM audit_checkpoint WHERE seq = $1', [newest]));
    await expect(auditCommand(['verify'], s.cliEnv)).rejects.toThrow(
      new RegExp(`first bad seq ${newest} \\(checkpoint at seq ${newest} was kept outside the database but is missing from it\\)`),
    );
    for (const row of saved) {
      const columns = Object.keys(row);
      await s.world.sql(
        `INSERT INTO audit_checkpoint (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => row[c]),
      );
    }
    await expect(auditCommand(['verify'], s.cliEnv)).resolves.toMatch(/^the audit log is valid/);
  });

  it('rewriting events after checkpoint k and deleting the later checkpoints: the signer refuses and alarms, the witness refuses, verify reports it', async () => {
    const [{ seq: k }] = await s.world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    await requests(app, s.officer, 4);
    await signHeadNow(app);
    const [{ seq: later }] = await s.world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    expect(later).toBeGreaterThan(k);
    // The insider: rewrite an event after k, rechain to the head, delete the checkpoints after k.
    await rechainFrom(s.world, k + 2, (event) => (event.actor = 'someone-else'));
    await behindTriggers(s.world, 'audit_checkpoint', () => s.world.sql('DELETE FROM audit_checkpoint WHERE seq > $1', [k]));
    await behindTriggers(s.world, 'audit_cosignature', () => s.world.sql('DELETE FROM audit_cosignature WHERE seq > $1', [k]));

    const errors = jest.spyOn(Logger.prototype, 'error');
    const alarmsBefore = await alarms(app);
    // The service runs on: new events, and a checkpoint falls due.
    await requests(app, s.officer, 2);
    expect(await signHeadNow(app)).toBeNull();
    const [{ seq: newest }] = await s.world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    expect(newest).toBe(k);
    expect(await alarms(app)).toBeGreaterThan(alarmsBefore);
    expect(errors.mock.calls.some(([message]) => String(message).startsWith('AUDIT ALARM: checkpoint refused'))).toBe(true);
    errors.mockRestore();
    const anomalies = await app.graphql('{ auditAnomalies { actor kind firstSeq } }', { token: s.auditor }).expect(200);
    expect(anomalies.body.data.auditAnomalies).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor: 'system', kind: 'CHECKPOINT_REFUSED' })]),
    );

    // Had the forger the signing key too, the witness would still refuse the forged tree.
    const leaves = (await s.world.sql<{ hash: string }>('SELECT hash FROM audit_event ORDER BY seq')).map((r) =>
      leafHash(Buffer.from(r.hash, 'hex')),
    );
    const forged = CompactRange.empty();
    for (const leaf of leaves) forged.append(leaf);
    const { privateJwk } = auditSigningKey(await readKeyRingFile(s.world.keyringFile));
    const note = signLogCheckpoint(
      { origin: DEFAULT_LOG_ORIGIN, size: leaves.length, rootHash: forged.root(), timestamp: new Date().toISOString() },
      privateJwk,
    );
    const witnessed = await witnessedSize(s.witnessState);
    const reply = await submitToWitness(s.witness.url, witnessed, [Buffer.alloc(32)], note);
    expect(reply).toMatchObject({ kind: 'refused', status: 422 });
    expect(await submitToWitness(s.witness.url, 0, [], note)).toEqual({ kind: 'conflict', size: witnessed, message: String(witnessed) });
    expect(await witnessedSize(s.witnessState)).toBe(witnessed);

    // The store still holds the deleted checkpoints: verify finds the rewrite.
    await expect(auditCommand(['verify'], s.cliEnv)).rejects.toThrow(
      /the audit log is INVALID: first bad seq \d+ \(checkpoint at seq \d+ does not match the Merkle tree/,
    );
  });
});

describe('a stopped service whose tail was cut off', () => {
  let s: Setting;

  beforeAll(async () => {
    s = await setting();
  });
  afterAll(async () => {
    await s.world.close();
    await s.witness.close();
  });

  it('signs a checkpoint at shutdown; deleting the last 22 events is then caught by verify, and the restarted signer refuses', async () => {
    const app = await s.world.start(s.appEnv);
    await requests(app, s.officer, 30);
    await signHeadNow(app);
    await requests(app, s.officer, 5);
    await app.close();
    const stoppedAt = await headSeq(s.world);
    // The shutdown checkpoint covers every event, and the witness has it.
    const [{ seq: lastSigned }] = await s.world.sql<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_checkpoint');
    expect(lastSigned).toBe(stoppedAt);
    expect(await witnessedSize(s.witnessState)).toBe(stoppedAt);
    await expect(auditCommand(['verify'], s.cliEnv)).resolves.toMatch(/, 0 events not covered by a signed checkpoint/);

    // The review's attack: delete the last 22 events of the stopped service's log, and the checkpoints that name them.
    const cut = stoppedAt - 22;
    await behindTriggers(s.world, 'audit_event', () => s.world.sql('DELETE FROM audit_event WHERE seq > $1', [cut]));
    await behindTriggers(s.world, 'audit_checkpoint', () => s.world.sql('DELETE FROM audit_checkpoint WHERE seq > $1', [cut]));
    await behindTriggers(s.world, 'audit_cosignature', () => s.world.sql('DELETE FROM audit_cosignature WHERE seq > $1', [cut]));
    // Inside the database alone the rest looks sound; the store (the default) shows the cut.
    await expect(
      auditCommand(['verify', '--store', pathToFileURL(join(s.storeDir, 'nothing-here')).href], { ...s.cliEnv, AUDIT_WITNESSES: '' }),
    ).resolves.toMatch(/^the audit log is valid/);
    await expect(auditCommand(['verify'], s.cliEnv)).rejects.toThrow(
      new RegExp(`first bad seq ${cut + 1} \\(checkpoint at seq \\d+ is past the last event \\(${cut}\\): events are missing\\)`),
    );

    // The witness alone shows it too: the size it cosigned exceeds what the database holds.
    const noStore = pathToFileURL(join(s.storeDir, 'nothing-here')).href;
    await expect(auditCommand(['verify', '--store', noStore, '--witness-state', s.witnessState], s.cliEnv)).rejects.toThrow(
      new RegExp(`first bad seq ${cut + 1} \\(checkpoint at seq ${stoppedAt} is past the last event \\(${cut}\\): events are missing\\)`),
    );

    // Started again on the cut log, the service will not sign it: the archive says it signed more.
    const restarted = await s.world.start(s.appEnv);
    await requests(restarted, s.officer, 1);
    expect(await signHeadNow(restarted)).toBeNull();
    expect(await alarms(restarted)).toBeGreaterThan(0);
    await restarted.close();
  });
});
