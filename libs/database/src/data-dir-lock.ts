import { readFile, unlink, writeFile } from 'node:fs/promises';

/** Another process holds the embedded database: PGlite has no lock of its own, and two writers corrupt it. */
export class DataDirInUseError extends Error {
  constructor(readonly pid: number) {
    super(`The embedded database under DATA_DIR is in use by process ${pid}; stop it first, or use DATABASE_URL`);
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock file holding the owner's pid. A lock left by a process that has died (a crash, a kill)
 * is taken over; one held by a live process is refused. Returns the release function.
 */
export async function lockDataDir(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx', mode: 0o600 });
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) throw new DataDirInUseError(owner);
      if (owner === process.pid) throw new DataDirInUseError(owner);
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error('could not take the embedded database lock');
}
