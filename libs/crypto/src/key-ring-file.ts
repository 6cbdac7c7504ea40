import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KeyRingError } from './errors.js';
import { parseKeyRing, serializeKeyRing } from './key-ring-json.js';
import type { KeyRing } from './key-ring.js';

/** Owner read/write only: the file holds every key of the registry. */
const KEY_RING_FILE_MODE = 0o600;

export interface WriteKeyRingOptions {
  /** Replace an existing file (atomically). Without it an existing file is never touched. */
  overwrite?: boolean;
}

/**
 * Writes the ring to a temporary file in the same directory (created exclusively, mode 0600, flushed to
 * disk), then moves it into place in one step: `link` when the target must not exist (fails if it does,
 * so two operators running `keys init` cannot both win), `rename` when overwriting. A crash therefore
 * leaves either no key ring or a whole one, never a truncated file.
 */
export async function writeKeyRingFile(path: string, ring: KeyRing, options: WriteKeyRingOptions = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', KEY_RING_FILE_MODE);
  try {
    // open()'s mode is filtered by the umask; chmod makes 0600 exact either way.
    await handle.chmod(KEY_RING_FILE_MODE);
    await handle.writeFile(serializeKeyRing(ring), 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();

  try {
    if (options.overwrite === true) {
      await rename(temporary, path);
    } else {
      await link(temporary, path);
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (isErrnoException(error) && error.code === 'EEXIST') {
      throw new KeyRingError(`key ring file ${path} already exists; refusing to overwrite it`);
    }
    throw error;
  }
  await syncDirectory(dirname(path));
}

export async function readKeyRingFile(path: string): Promise<KeyRing> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') {
      throw new KeyRingError(`key ring file ${path} does not exist`);
    }
    throw error;
  }
  return parseKeyRing(json);
}

/** Makes the new directory entry durable too; some platforms cannot open a directory, which is no loss there. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

// Not `instanceof Error`: errors from Node's fs come from another realm under jest's VM modules.
function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === 'object' && error !== null && 'code' in error;
}
