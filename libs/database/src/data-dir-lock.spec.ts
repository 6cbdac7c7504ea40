import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

describe('embedded database lock', () => {
  it('is exclusive while held and free after release', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'registry-lock-')), 'pgdata.lock');
    const release = await lockDataDir(path);
    expect(await readFile(path, 'utf8')).toBe(String(process.pid));
    await expect(lockDataDir(path)).rejects.toBeInstanceOf(DataDirInUseError);
    await release();
    const again = await lockDataDir(path);
    await again();
  });

  it('refuses a lock held by another live process, and takes over one left by a dead process', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'registry-lock-')), 'pgdata.lock');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await writeFile(path, String(other.pid));
      await expect(lockDataDir(path)).rejects.toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const release = await lockDataDir(path);
    expect(await readFile(path, 'utf8')).toBe(String(process.pid));
    await release();
  });
});
