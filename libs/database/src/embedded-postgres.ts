import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';
import { seedFromTemplate } from './data-dir-template.js';
import { migrations } from './migrations/index.js';
import { oneProtocolBatchAtATime } from './protocol-batches.js';

export interface EmbeddedPostgres {
  /** a postgres:// URL for the ordinary `pg` driver, on a loopback port chosen by the OS */
  readonly url: string;
  /** true when this start made the database as a copy of the template */
  readonly fromTemplate: boolean;
  stop(): Promise<void>;
}

/** Connections the socket server multiplexes onto the single PGlite backend; the pool must not exceed it. */
export const EMBEDDED_MAX_CONNECTIONS = 8;

export interface EmbeddedOptions {
  /**
   * A database template (data-dir-template.ts) to copy when DATA_DIR has no database yet; ignored when it is
   * absent or does not fit this code, and then PGlite initialises a new database itself.
   */
  template?: string;
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly) stored under DATA_DIR, served over the PostgreSQL wire
 * protocol on 127.0.0.1 so that the rest of the code talks to it through `pg` exactly as it would to a
 * real server: one code path, and production never runs something the tests did not.
 */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const pgdata = join(dataDir, 'pgdata');
  await mkdir(dataDir, { recursive: true });
  // One process at a time: the server and an operator command must never open the same files together.
  const unlock = await lockDataDir(dataDir);
  try {
    const names = migrations.map((migration) => migration.name);
    const seeded = options.template !== undefined && (await seedFromTemplate(pgdata, options.template, names));
    if (!seeded) await mkdir(pgdata, { recursive: true });
    const db = await PGlite.create(pgdata);
    const server = new PGLiteSocketServer({
      db: oneProtocolBatchAtATime(db),
      host: '127.0.0.1',
      port: 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    return {
      url,
      fromTemplate: seeded,
      async stop() {
        await server.stop();
        await db.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
