import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readKeyRingFile, ready } from '@registry/crypto';
import { UsageError } from '../usage-error.js';
import { keysCommand } from './keys.command.js';

async function freshDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'registry-keys-'));
}

describe('npm run keys -- init', () => {
  it('writes a new ring readable by its owner only, and prints the path and versions but no key', async () => {
    const file = join(await freshDir(), 'ring.json');
    const output = await keysCommand(['init', '--out', file], {});
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await ready();
    const ring = await readKeyRingFile(file);
    expect(ring.kekVersions).toEqual([1]);
    expect(output).toContain(file);
    expect(output).toMatch(/version 1, active 1/);
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      keks: { key: string }[];
      blindIndexKeys: { key: string }[];
      rowMacKey: string;
      tokenKey: string;
      auditSigningKey: { d: string };
    };
    for (const secret of [
      stored.keks[0]?.key,
      stored.blindIndexKeys[0]?.key,
      stored.rowMacKey,
      stored.tokenKey,
      stored.auditSigningKey.d,
    ]) {
      expect(secret).toBeDefined();
      expect(output).not.toContain(secret as string);
    }
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const file = join(await freshDir(), 'ring.json');
    await writeFile(file, 'the operator’s existing ring', { mode: 0o600 });
    await expect(keysCommand(['init', '--out', file], {})).rejects.toThrow('already exists');
    expect(await readFile(file, 'utf8')).toBe('the operator’s existing ring');
  });

  it('two rings from two runs share no key', async () => {
    const dir = await freshDir();
    await keysCommand(['init', '--out', join(dir, 'a.json')], {});
    await keysCommand(['init', '--out', join(dir, 'b.json')], {});
    const [a, b] = await Promise.all([readFile(join(dir, 'a.json'), 'utf8'), readFile(join(dir, 'b.json'), 'utf8')]);
    const keyOf = (json: string) => (JSON.parse(json) as { keks: { key: string }[] }).keks[0]?.key;
    expect(keyOf(a)).not.toBe(keyOf(b));
  });

  it('a missing directory is a usage error', async () => {
    const file = join(await freshDir(), 'no-such-dir', 'ring.json');
    await expect(keysCommand(['init', '--out', file], {})).rejects.toBeInstanceOf(UsageError);
  });
});

describe('npm run keys: usage', () => {
  it.each([
    [[]],
    [['init']],
    [['init', 'ring.json']],
    [['rotate', 'now']],
    [['shred-case']],
    [['shred-case', 'AVH-2025-000001', 'AVH-2025-000002']],
    [['burn']],
  ])('refuses %j with a usage error', async (args) => {
    await expect(keysCommand(args, { DATA_DIR: await freshDir() })).rejects.toBeInstanceOf(UsageError);
  });

  it('in production, rotate and shred-case name KEYRING_FILE when it is missing', async () => {
    await expect(keysCommand(['rotate'], { NODE_ENV: 'production', DATABASE_URL: 'postgres://nowhere/db' })).rejects.toThrow(
      'KEYRING_FILE',
    );
    await expect(keysCommand(['shred-case', 'AVH-2025-000001'], { NODE_ENV: 'production' })).rejects.toThrow('KEYRING_FILE');
  });

  it('in production, rotate names DATABASE_URL when it is missing', async () => {
    await expect(keysCommand(['rotate'], { NODE_ENV: 'production', KEYRING_FILE: '/nonexistent/ring.json' })).rejects.toThrow(
      'DATABASE_URL',
    );
  });

  it('without DATABASE_URL and without an embedded database under DATA_DIR, says so', async () => {
    await expect(keysCommand(['rotate'], { DATA_DIR: await freshDir() })).rejects.toThrow('no DATABASE_URL');
  });
});
