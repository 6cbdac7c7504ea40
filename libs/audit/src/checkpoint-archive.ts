import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where every checkpoint is copied outside the database, under other credentials: append-only, each
 * checkpoint (and each witness-cosigned copy) a new object, never overwritten. A database administrator who
 * deletes checkpoint rows cannot reach these. `file:` (a directory) is implemented, for development and for a
 * mounted write-once volume; an object store with object lock (S3 `s3:`, say) would implement the same two
 * calls, `put` with If-None-Match: * in place of O_EXCL.
 */
export interface CheckpointArchive {
  /** Stores `note` under `name`; refuses (EEXIST) rather than overwrite. */
  put(name: string, note: string): Promise<void>;
  /** Every stored note, in name order (which is seq order, then time). */
  list(): Promise<string[]>;
  /** The last `count` notes in that order: what a signer needs at start, without reading a year of files. */
  newest(count: number): Promise<string[]>;
  readonly description: string;
}

/** A file name that sorts by size, then time: `<20-digit size>-<ISO time>-<kind>.checkpoint`. */
export function archiveName(size: number, at: string, kind: string): string {
  if (!/^[a-z0-9.-]+$/i.test(kind)) throw new TypeError('archive kind must be letters, digits, dots or dashes');
  return `${String(size).padStart(20, '0')}-${at.replace(/:/g, '')}-${kind}.checkpoint`;
}

export function openCheckpointArchive(url: string): CheckpointArchive {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError('checkpoint store URL is not a URL (file:///path/to/dir)');
  }
  if (parsed.protocol === 'file:') return new DirectoryArchive(fileURLToPath(parsed));
  throw new TypeError(`checkpoint store ${parsed.protocol} is not supported: only file: is implemented`);
}

class DirectoryArchive implements CheckpointArchive {
  constructor(private readonly directory: string) {}

  get description(): string {
    return `directory ${this.directory}`;
  }

  async put(name: string, note: string): Promise<void> {
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new TypeError('archive names are plain file names');
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    // 'wx' is O_CREAT | O_EXCL: an existing file is never replaced.
    const file = await open(join(this.directory, name), 'wx', 0o400);
    try {
      await file.writeFile(note, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
  }

  async list(): Promise<string[]> {
    return this.read(await this.names());
  }

  async newest(count: number): Promise<string[]> {
    return this.read((await this.names()).slice(-count));
  }

  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.directory)).filter((name) => name.endsWith('.checkpoint')).sort();
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
  }

  private read(names: readonly string[]): Promise<string[]> {
    return Promise.all(names.map((name) => readFile(join(this.directory, name), 'utf8')));
  }
}
