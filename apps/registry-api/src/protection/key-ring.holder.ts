import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { generateKeyRing, KeyUnavailableError, readKeyRingFile, ready, writeKeyRingFile, type KeyRing } from '@registry/crypto';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';

/** The database requires a newer key-encryption key than the ring file holds: it is not the ring this database uses, or a stale copy. */
export class KeyRingBehindError extends Error {
  constructor() {
    super('the key ring is older than the database requires');
    this.name = 'KeyRingBehindError';
  }
}

/** Where the key ring lives: KEYRING_FILE, or (outside production only) a generated one under DATA_DIR. */
export function keyRingPath(config: AppConfig): string {
  return config.keyringFile ?? join(config.dataDir, 'keyring.json');
}

/**
 * Holds the key ring in memory. `npm run keys -- rotate` may add a key version while the service runs;
 * the first data key wrapped under a version we do not hold makes us re-read the file once.
 */
@Injectable()
export class KeyRingHolder implements OnModuleInit {
  private readonly logger = new Logger('KeyRing');
  private ring!: KeyRing;
  private loading: Promise<void> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Loads the ring once; other providers' start-up steps that need it await this too. */
  onModuleInit(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    await ready();
    const path = keyRingPath(this.config);
    // KEYRING_FILE must exist; only the development ring under DATA_DIR is made when missing.
    if (this.config.keyringFile || existsSync(path)) {
      this.ring = await readKeyRingFile(path);
      return;
    }
    this.ring = generateKeyRing();
    await mkdir(this.config.dataDir, { recursive: true });
    await writeKeyRingFile(path, this.ring);
    this.logger.warn('Generated a development key ring under DATA_DIR; production uses KEYRING_FILE');
  }

  get current(): KeyRing {
    return this.ring;
  }

  /**
   * The ring, and the key-encryption key version, for wrapping a new data key under a version no older
   * than `floor` (the database's key-custody floor). After `keys rotate --activate` the floor names the
   * new version; a ring that holds it as published (phase one) wraps under it though its file still names
   * the older one active, and one that lacks it re-reads the file once.
   * @throws KeyRingBehindError when even the file holds no version at or above the floor
   */
  async activeAtLeast(floor: number): Promise<{ ring: KeyRing; kekVersion: number }> {
    const usable = (ring: KeyRing): number | undefined =>
      ring.activeKekVersion >= floor ? ring.activeKekVersion : ring.kekVersions.includes(floor) ? floor : undefined;
    const now = usable(this.ring);
    if (now !== undefined) return { ring: this.ring, kekVersion: now };
    this.ring = await readKeyRingFile(keyRingPath(this.config));
    this.logger.log(`Key ring re-read: it now holds versions ${this.ring.kekVersions.join(', ')}`);
    const reread = usable(this.ring);
    if (reread === undefined) {
      this.logger.error(
        `The key ring holds no key-encryption key version at or above ${floor}, which the database requires for new data keys (it holds ${this.ring.kekVersions.join(', ')})`,
      );
      throw new KeyRingBehindError();
    }
    return { ring: this.ring, kekVersion: reread };
  }

  /**
   * The ring holding blind-index key `version` (the database's): after `keys rotate-blind-index` the file
   * holds the new version before the database names it, so one re-read finds it.
   * @throws KeyRingBehindError when even the file lacks it
   */
  async withBlindIndexVersion(version: number): Promise<KeyRing> {
    if (this.ring.blindIndexVersions.includes(version)) return this.ring;
    this.ring = await readKeyRingFile(keyRingPath(this.config));
    this.logger.log(`Key ring re-read: blind-index versions ${this.ring.blindIndexVersions.join(', ')}`);
    if (!this.ring.blindIndexVersions.includes(version)) {
      this.logger.error(`The key ring lacks blind-index key version ${version}, which the database's identity-number indexes are under`);
      throw new KeyRingBehindError();
    }
    return this.ring;
  }

  /** Runs `use` with the ring, re-reading the file once if the ring lacks a needed key version. */
  async withRing<T>(use: (ring: KeyRing) => T): Promise<T> {
    try {
      return use(this.ring);
    } catch (error) {
      if (!(error instanceof KeyUnavailableError)) throw error;
      this.ring = await readKeyRingFile(keyRingPath(this.config));
      this.logger.log(`Key ring re-read: it now holds versions ${this.ring.kekVersions.join(', ')}`);
      return use(this.ring);
    }
  }
}
