import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseCheckpointLines } from '@registry/audit';
import { auditCommand } from '../../apps/registry-cli/src/commands/audit.command.js';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { UsageError } from '../../apps/registry-cli/src/usage-error.js';
import { createAuditTestWorld, signHeadNow, type AuditTestWorld } from './audit-support.js';

describe('npm run audit', () => {
  let world: AuditTestWorld;
  let env: NodeJS.ProcessEnv;
  let dir: string;

  beforeAll(async () => {
    world = await createAuditTestWorld();
    const app = await world.start();
    const token = await world.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-2' });
    for (let i = 0; i < 8; i++) await app.graphql('{ municipalities { code } }', { token }).expect(200);
    await signHeadNow(app);
    await app.close();
    env = { DATABASE_URL: world.database.url, KEYRING_FILE: world.keyringFile };
    dir = await mkdtemp(join(tmpdir(), 'registry-audit-cli-'));
  });
  afterAll(async () => {
    await world.close();
  });

  it('verify walks the whole chain, or a range of it', async () => {
    await expect(auditCommand(['verify'], env)).resolves.toBe(
      'the audit log is valid: 8 events (seq 1 to 8), last signed checkpoint at seq 8, 0 events not covered by a signed checkpoint',
    );
    await expect(auditCommand(['verify', '--from', '3', '--to', '6'], env)).resolves.toBe(
      'the audit log is valid: 4 events (seq 3 to 6), no signed checkpoint in range, 4 events not covered by a signed checkpoint',
    );
  });

  it('export-checkpoints prints JSON lines, and verify takes them back', async () => {
    const lines = await auditCommand(['export-checkpoints'], env);
    const checkpoints = parseCheckpointLines(lines);
    // The head signed by the test, and signed again when the service shut down.
    expect(checkpoints.map((c) => c.seq)).toEqual([8, 8]);
    const file = join(dir, 'exported.jsonl');
    await writeFile(file, `${lines}\n`);
    await expect(auditCommand(['verify', '--checkpoints', file], env)).resolves.toMatch(/2 exported checkpoints checked$/);
  });

  it('public-key prints the signing key without its private half; verify accepts it in place of the key ring', async () => {
    const jwk = JSON.parse(await auditCommand(['public-key'], env)) as Record<string, string>;
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwk.d).toBeUndefined();
    expect(typeof jwk.kid).toBe('string');
    const file = join(dir, 'public.jwk');
    await writeFile(file, JSON.stringify(jwk));
    await expect(auditCommand(['verify', '--public-key', file], { DATABASE_URL: env.DATABASE_URL })).resolves.toMatch(
      /^the audit log is valid/,
    );
  });

  it('a checkpoint file that is not the export format is refused before anything is read', async () => {
    const file = join(dir, 'garbage.jsonl');
    await writeFile(file, '{"seq": "one"}\n');
    await expect(auditCommand(['verify', '--checkpoints', file], env)).rejects.toThrow(/checkpoint line 1/);
  });

  it.each([
    [[]],
    [['rewrite']],
    [['verify', '--from', '0']],
    [['verify', '--from', 'x']],
    [['verify', '--from', '5', '--to', '2']],
    [['public-key', '--extra']],
  ])('%j is a usage error', async (args) => {
    await expect(auditCommand(args, env)).rejects.toBeInstanceOf(UsageError);
  });

  it('an unknown option is refused by the argument parser', async () => {
    await expect(auditCommand(['verify', '--fast'], env)).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });

  it('without DATABASE_URL and without an embedded database it says so', async () => {
    await expect(auditCommand(['export-checkpoints'], { DATA_DIR: dir })).rejects.toThrow(/no DATABASE_URL, and no embedded database/);
  });

  // Last: it appends the rotation's own event to the log.
  it('after the audit-signing key is rotated, verify still accepts the checkpoints the retired key signed', async () => {
    const rotatedRing = join(dir, 'rotated-keyring.json');
    await copyFile(world.keyringFile, rotatedRing);
    const rotated = { ...env, KEYRING_FILE: rotatedRing };
    await keysCommand(['rotate-audit-key'], rotated);
    const current = JSON.parse(await auditCommand(['public-key'], rotated)) as { x: string };
    const before = JSON.parse(await auditCommand(['public-key'], env)) as { x: string };
    expect(current.x).not.toBe(before.x);
    await expect(auditCommand(['verify'], rotated)).resolves.toMatch(/^the audit log is valid: 9 events .*last signed checkpoint at seq 8/);
  });
});
