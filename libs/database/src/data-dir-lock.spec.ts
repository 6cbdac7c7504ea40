import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DataDirInUseError, lockDataDir, ownerAlive, ownerRecordOf } from './data-dir-lock.js';

const LOCKS = 'pgdata.lock.d';

async function dataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'registry-lock-'));
}

/** A node process that idles until killed. */
async function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  await new Promise((resolve) => child.once('spawn', resolve));
  return {
    pid: child.pid as number,
    async stop() {
      child.kill('SIGKILL');
      if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

describe('embedded database lock', () => {
  it('is exclusive while held, even within one process, and free after release', async () => {
    const dir = await dataDir();
    const release = await lockDataDir(dir);
    // One record, and its marker saying it holds the lock.
    const entries = (await readdir(join(dir, LOCKS))).sort();
    expect(entries).toHaveLength(2);
    const entry = entries[0];
    expect(entries[1]).toBe(`${entry}.held`);
    const record = JSON.parse(await readFile(join(dir, LOCKS, entry as string), 'utf8'));
    expect(record).toEqual(expect.objectContaining({ pid: process.pid }));
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await release();
    // Released: nothing left behind, not even the empty directory.
    expect(await readdir(dir)).toEqual([]);
    const again = await lockDataDir(dir);
    await again();
  });

  it('refuses while another live process holds it, in one line naming that process', async () => {
    const dir = await dataDir();
    const other = await otherProcess();
    try {
      await mkdir(join(dir, LOCKS));
      await writeFile(join(dir, LOCKS, `${other.pid}-held`), JSON.stringify(ownerRecordOf(other.pid)));
      const refusal = lockDataDir(dir);
      await expect(refusal).rejects.toThrow(
        new RegExp(
          `^The embedded database under DATA_DIR is in use by process ${other.pid}; stop it first, or use DATABASE_URL \\(it holds the lock since [^)]+\\)$`,
        ),
      );
    } finally {
      await other.stop();
    }
    // Its holder gone (SIGKILL: nothing was cleaned up), the lock is taken at once.
    const release = await lockDataDir(dir);
    expect(await readdir(join(dir, LOCKS))).toHaveLength(2);
    await release();
  });

  it('takes over a record whose pid now belongs to another process, or to this very one (a container restart)', async () => {
    const dir = await dataDir();
    const other = await otherProcess();
    try {
      await mkdir(join(dir, LOCKS));
      // The pids are alive, but they started at other moments than the records say: not the holders.
      await writeFile(join(dir, LOCKS, `${other.pid}-old`), JSON.stringify({ ...ownerRecordOf(other.pid), startTicks: '1' }));
      await writeFile(join(dir, LOCKS, `${process.pid}-old`), JSON.stringify({ ...ownerRecordOf(process.pid), startTicks: '2' }));
      expect(ownerAlive({ ...ownerRecordOf(other.pid), startTicks: '1' })).toBe(false);
      expect(ownerAlive(ownerRecordOf(other.pid))).toBe(true);
      const release = await lockDataDir(dir);
      expect(await readdir(join(dir, LOCKS))).toHaveLength(2);
      await release();
    } finally {
      await other.stop();
    }
  });

  it("takes over a record of another boot, and respects a live earlier version's pgdata.lock", async () => {
    const dir = await dataDir();
    await mkdir(join(dir, LOCKS));
    await writeFile(join(dir, LOCKS, `${process.pid}-lastboot`), JSON.stringify({ ...ownerRecordOf(process.pid), bootId: 'another-boot' }));
    const release = await lockDataDir(dir);
    await release();

    const other = await otherProcess();
    try {
      await writeFile(join(dir, 'pgdata.lock'), String(other.pid));
      await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${other.pid}`);
    } finally {
      await other.stop();
    }
    const after = await lockDataDir(dir);
    await after();
  });

  it('lets exactly one of many takers racing for it win', async () => {
    const dir = await dataDir();
    // Six takers at once, each with a record of its own (two service processes racing: test/e2e/data-dir-lock.e2e-spec.ts).
    const racers = 6;
    const results = await Promise.allSettled(Array.from({ length: racers }, () => lockDataDir(dir)));
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(racers - 1);
    for (const result of lost) expect((result as PromiseRejectedResult).reason).toBeInstanceOf(DataDirInUseError);
    await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
  });
});
