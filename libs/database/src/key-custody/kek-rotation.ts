import {
  activateKek,
  publishKek,
  publishedKekVersions,
  readKeyRingFile,
  rotateKeyRing,
  withoutVersion,
  writeKeyRingFile,
  type KeyRing,
} from '@registry/crypto';
import type { EntityManager, QueryRunner } from 'typeorm';
import { transactionOn, keyCustodyState, recordErasedThrough } from './custody-state.js';
import { checkDataKeysOpen, rewrapDataKeys, type RewrapResult } from './data-key-rewrap.js';

export interface KekRotationOptions {
  /** KEYRING_FILE: read, then replaced atomically (mode 0600). */
  ringPath: string;
  /** Remove every older version from the ring once every data key is proven to open without it. */
  retireOld: boolean;
  now?: Date;
  /** Runs inside the re-wrap transaction (e.g. to append an audit event that commits with it, or not at all). */
  inRewrapTransaction?: (m: EntityManager, rewrap: RewrapResult) => Promise<void>;
}

export interface KekRotation {
  rewrap: RewrapResult;
  /** Versions removed from the ring file (empty without retireOld). */
  retiredVersions: number[];
  /** Versions the ring file holds afterwards. */
  ringVersions: number[];
  /** Shreddings whose destroyed keys a version still in some ring would open from a database backup. */
  erasuresPendingRetirement: number;
}

/** Retiring old versions was refused: some live data key does not open without them. Nothing was removed. */
export class RetirementRefusedError extends Error {
  constructor(readonly unopenable: number) {
    super(`${unopenable} data key(s) do not open under the active key-encryption key alone; no version was retired (run rotate again)`);
    this.name = 'RetirementRefusedError';
  }
}

/**
 * `keys rotate`: adds a key-encryption key version to the ring file and makes it active, then re-wraps
 * every live data key under it in one transaction. The file is written first, so that a running service
 * that meets a key under the new version finds it when it re-reads the file. Run it on a connection that
 * holds the key-custody lock (`withKeyCustodyLock`).
 */
export async function rotateKeyEncryptionKey(runner: QueryRunner, options: KekRotationOptions): Promise<KekRotation> {
  const ring = await readKeyRingFile(options.ringPath);
  refuseIfPublished(ring);
  return useActivated(runner, options, rotateKeyRing(ring, options.now));
}

/** A rotation is refused while another version is published and not yet active: finish that one first. */
export class KekPublicationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KekPublicationError';
  }
}

function refuseIfPublished(ring: KeyRing): void {
  const pending = publishedKekVersions(ring);
  if (pending.length > 0) {
    throw new KekPublicationError(
      `key-encryption key version ${pending.join(', ')} is published and not yet active: run rotate --activate`,
    );
  }
}

/**
 * `keys rotate --publish`, phase one of a rotation across instances: adds a new key-encryption key version
 * to the ring file, not active. Nothing in the database changes and no key is wrapped under it yet. Give
 * the file to every instance (they re-read it when they meet a version they lack, or at restart); then
 * `rotate --activate`.
 * @returns the published version
 */
export async function publishKeyEncryptionKey(ringPath: string, now?: Date): Promise<{ version: number; ringVersions: number[] }> {
  const ring = await readKeyRingFile(ringPath);
  refuseIfPublished(ring);
  const published = publishKek(ring, now);
  await writeKeyRingFile(ringPath, published, { overwrite: true });
  return { version: Math.max(...published.kekVersions), ringVersions: published.kekVersions };
}

/**
 * `keys rotate --activate`, phase two: makes the published version active in the ring file and in the
 * database (the key-custody floor, which every instance reads before wrapping a new data key: an instance
 * whose file still names the older version active wraps under the floor's version, which it holds since
 * phase one), and re-wraps every live data key under it.
 */
export async function activateKeyEncryptionKey(runner: QueryRunner, options: KekRotationOptions): Promise<KekRotation> {
  const ring = await readKeyRingFile(options.ringPath);
  const pending = publishedKekVersions(ring);
  if (pending.length === 0) throw new KekPublicationError('no key-encryption key is published: run rotate --publish first');
  return useActivated(runner, options, activateKek(ring, Math.max(...pending)));
}

async function useActivated(runner: QueryRunner, options: KekRotationOptions, rotated: KeyRing): Promise<KekRotation> {
  await writeKeyRingFile(options.ringPath, rotated, { overwrite: true });
  const rewrap = await transactionOn(runner, async (m) => {
    const result = await rewrapDataKeys(m, rotated);
    await options.inRewrapTransaction?.(m, result);
    return result;
  });
  const retiredVersions = options.retireOld ? await retireOlderVersions(runner, options.ringPath, rotated, rewrap.shredGeneration) : [];
  const state = await keyCustodyState(runner.manager);
  return {
    rewrap,
    retiredVersions,
    ringVersions: rotated.kekVersions.filter((version) => !retiredVersions.includes(version)),
    erasuresPendingRetirement: state.shredGeneration - state.erasedGeneration,
  };
}

/**
 * Removes every version but the active one from the ring file, after checking that every live data key
 * opens under the ring without them. From then on no ring opens a data key wrapped under a retired
 * version, which is what a database backup from before the rotation holds: shreddings up to
 * `coveredGeneration` are then erased from backups too.
 */
async function retireOlderVersions(runner: QueryRunner, ringPath: string, written: KeyRing, coveredGeneration: number): Promise<number[]> {
  const current = await readKeyRingFile(ringPath);
  if (current.activeKekVersion !== written.activeKekVersion || current.kekVersions.join() !== written.kekVersions.join()) {
    throw new Error(`the key ring file ${ringPath} changed during the rotation; nothing was retired`);
  }
  const older = current.kekVersions.filter((version) => version !== current.activeKekVersion);
  const retired = older.reduce((ring, version) => withoutVersion(ring, version), current);
  const check = await checkDataKeysOpen(runner.manager, retired);
  if (check.unopenable.length > 0) throw new RetirementRefusedError(check.unopenable.length);
  await writeKeyRingFile(ringPath, retired, { overwrite: true });
  await recordErasedThrough(runner.manager, coveredGeneration);
  return older;
}
