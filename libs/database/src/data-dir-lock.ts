import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One process at a time on the embedded database: PGlite has no lock of its own, and two writers corrupt it.
 *
 * The lock is a directory of owner records (`<DATA_DIR>/pgdata.lock.d/<entry>`), each naming a process by pid,
 * the kernel's boot id and the process's start time. A process holds the lock when, after adding its own
 * record, it finds no other record of a live process. Of two processes that try at once, each writes before it
 * reads, so at least one sees the other: never both win. When each sees the other, both withdraw and try again
 * after a random pause, so one of them wins; the winner then marks its record held (a rename), and a process
 * that finds a held record gives up at once. A record whose process is gone (a crash, SIGKILL, a container
 * restart where the new process has the old one's pid, a pid reused by another program) is simply removed:
 * the pid alone proves nothing, the pid with its start time and boot id does.
 *
 * Not proper-lockfile: its stale lock is one whose time has not moved for a while (a restart right after a
 * crash would wait that long), and two processes that find the same stale lock can both take it over.
 */
const LOCK_DIRECTORY = 'pgdata.lock.d';
/** The lock file of earlier versions: a pid, nothing else. Still respected while its process lives. */
const LEGACY_LOCK_FILE = 'pgdata.lock';
/** Tries among processes starting together; a process that meets an established holder gives up at once. */
const ATTEMPTS = 40;
/**
 * Beside a winner's record, a marker `<record>.held`: others then know it holds the lock, not merely tries for
 * it. A marker, not a rename of the record: a listing taken during a rename may show neither name.
 */
const HELD = '.held';

export interface LockOwner {
  pid: number;
  /** /proc/sys/kernel/random/boot_id; null where the system does not say */
  bootId: string | null;
  /** clock ticks since boot when the process started (/proc/<pid>/stat, field 22); null where unknown */
  startTicks: string | null;
  /** when the owner took the lock, for the message to a process refused */
  since: string;
}

/** Another process holds the embedded database; the message is one line that says which and what to do. */
export class DataDirInUseError extends Error {
  constructor(readonly owner: LockOwner) {
    super(
      `The embedded database under DATA_DIR is in use by process ${owner.pid}; stop it first, or use DATABASE_URL (it holds the lock since ${owner.since})`,
    );
    this.name = 'DataDirInUseError';
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

const BOOT_ID = readOrNull('/proc/sys/kernel/random/boot_id');

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so count from its end. */
export function processStartTicks(pid: number): string | null {
  const line = readOrNull(`/proc/${pid}/stat`);
  if (line === null) return null;
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

/** The record that names process `pid` as it runs now. */
export function ownerRecordOf(pid: number, since = new Date().toISOString()): LockOwner {
  return { pid, bootId: BOOT_ID, startTicks: processStartTicks(pid), since };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process a record names is still the one running under that pid. */
export function ownerAlive(owner: LockOwner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  // Another boot: every process of the record's boot is gone (the boot id is the host's, in a container too).
  if (owner.bootId !== null && BOOT_ID !== null && owner.bootId !== BOOT_ID) return false;
  if (!pidExists(owner.pid)) return false;
  // The pid is taken; by the same process only if it started at the same moment.
  if (owner.startTicks === null) return true;
  const now = processStartTicks(owner.pid);
  return now === null || now === owner.startTicks;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number') return undefined;
    return { pid: value.pid, bootId: value.bootId ?? null, startTicks: value.startTicks ?? null, since: String(value.since ?? 'unknown') };
  } catch {
    return undefined;
  }
}

/**
 * The live owners recorded in `directory` other than `own`; the records of dead ones are removed. A record
 * still being written (empty or cut short) is taken as live: its writer is at work right now.
 */
async function otherLiveOwners(directory: string, own: string | null): Promise<(LockOwner & { held: boolean })[]> {
  const live: (LockOwner & { held: boolean })[] = [];
  for (const entry of await readdir(directory)) {
    if (entry === own || entry.endsWith(HELD)) continue;
    if (entry.endsWith('.tmp')) {
      // A record its writer never named: left by a process that died between the two steps.
      if (!pidExists(Number(entry.split('-')[0]))) await unlink(join(directory, entry)).catch(() => undefined);
      continue;
    }
    const text = await readFile(join(directory, entry), 'utf8').catch(() => null);
    if (text === null) continue; // withdrawn or released meanwhile: it never held, or no longer does
    const owner = parseOwner(text);
    if (owner === undefined) {
      live.push({ pid: Number(entry.split('-')[0]) || 0, bootId: null, startTicks: null, since: 'just now', held: false });
      continue;
    }
    if (ownerAlive(owner)) {
      live.push({
        ...owner,
        held: await stat(join(directory, `${entry}${HELD}`)).then(
          () => true,
          () => false,
        ),
      });
    } else {
      await unlink(join(directory, `${entry}${HELD}`)).catch(() => undefined);
      await unlink(join(directory, entry)).catch(() => undefined);
    }
  }
  return live;
}

/** A lock file of an earlier version whose process still runs (`pgdata.lock` holding a pid). */
async function legacyOwner(dataDir: string): Promise<LockOwner | undefined> {
  const path = join(dataDir, LEGACY_LOCK_FILE);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return undefined;
  const pid = Number(text.trim());
  const since = (await stat(path).catch(() => undefined))?.mtime.toISOString() ?? 'unknown';
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidExists(pid)) return { pid, bootId: null, startTicks: null, since };
  await unlink(path).catch(() => undefined);
  return undefined;
}

/**
 * Takes the embedded database's lock for this process under `dataDir`, or throws DataDirInUseError naming the
 * live holder. Returns the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const directory = join(dataDir, LOCK_DIRECTORY);
  const legacy = await legacyOwner(dataDir);
  if (legacy) throw new DataDirInUseError(legacy);
  for (let attempt = 1; ; attempt += 1) {
    const entry = `${process.pid}-${randomBytes(6).toString('hex')}`;
    const path = join(directory, entry);
    // Written whole under a temporary name, then named: a reader sees a complete record or none.
    const record = JSON.stringify(ownerRecordOf(process.pid));
    try {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      await writeFile(`${path}.tmp`, record, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // A holder releasing removed the directory, empty, between the two steps: make it again.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && attempt < ATTEMPTS) continue;
      throw error;
    }
    await rename(`${path}.tmp`, path);
    const others = await otherLiveOwners(directory, entry);
    if (others.length === 0) {
      await writeFile(`${path}${HELD}`, '', { mode: 0o600 });
      return async () => {
        await unlink(`${path}${HELD}`).catch(() => undefined);
        await unlink(path).catch(() => undefined);
        // Nothing left behind when no one else is there (rmdir refuses a directory that holds a record).
        await rmdir(directory).catch(() => undefined);
      };
    }
    await unlink(path).catch(() => undefined);
    const holder = others.find((other) => other.held);
    if (holder) throw new DataDirInUseError(holder);
    if (attempt === ATTEMPTS) throw new DataDirInUseError(others[0] as LockOwner);
    // Only others trying at the same moment: each may have seen the other, and all withdrew. A random pause,
    // longer each time, lets one of them go first.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 10)));
  }
}
