import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { KeyRingError } from './errors.js';
import { readKeyRingFile, writeKeyRingFile } from './key-ring-file.js';
import { serializeKeyRing } from './key-ring-json.js';
import { generateKeyRing, rotateKeyRing } from './key-ring.js';
import { ready } from './sodium.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('key ring file', () => {
  let directory: string;
  let path: string;

  beforeAll(async () => {
    await ready();
  });
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'registry-keyring-'));
    path = join(directory, 'keyring.json');
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('is written readable and writable by its owner only (0600) and reads back the same ring', async () => {
    const ring = generateKeyRing();
    await writeKeyRingFile(path, ring);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(serializeKeyRing(await readKeyRingFile(path))).toBe(serializeKeyRing(ring));
    expect(await readdir(directory)).toEqual(['keyring.json']);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    await writeFile(path, 'existing content', { mode: 0o600 });
    const error = await rejection(writeKeyRingFile(path, generateKeyRing()));
    expect(error).toBeInstanceOf(KeyRingError);
    expect((error as Error).message).toContain('already exists');
    expect(await readFile(path, 'utf8')).toBe('existing content');
    expect(await readdir(directory)).toEqual(['keyring.json']); // no temporary file left behind
  });

  it('replaces the file when told to, still with mode 0600', async () => {
    const first = generateKeyRing();
    await writeKeyRingFile(path, first);
    const rotated = rotateKeyRing(first);
    await writeKeyRingFile(path, rotated, { overwrite: true });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readKeyRingFile(path)).activeKekVersion).toBe(2);
    expect(await readdir(directory)).toEqual(['keyring.json']);
  });

  it('says clearly when the file does not exist', async () => {
    const error = await rejection(readKeyRingFile(join(directory, 'missing.json')));
    expect(error).toBeInstanceOf(KeyRingError);
    expect((error as Error).message).toContain('does not exist');
  });

  it('refuses a damaged file', async () => {
    await writeFile(path, '{"format":"registry-key-ring.v1"', { mode: 0o600 });
    expect(await rejection(readKeyRingFile(path))).toBeInstanceOf(KeyRingError);
  });
});
