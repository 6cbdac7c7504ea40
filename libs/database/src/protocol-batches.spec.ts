import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import pg from 'pg';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/** The embedded server's connections share one PGlite session: each parameterised query must run whole. */
describe('embedded PostgreSQL with several connections', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'registry-batches-'));
    embedded = await startEmbeddedPostgres(dataDir);
    pool = new pg.Pool({ connectionString: embedded.url, max: EMBEDDED_MAX_CONNECTIONS - 1 });
    await pool.query('CREATE TABLE batch_probe (tag text)');
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers each of many concurrent parameterised queries with its own result', async () => {
    // Parse/Bind/Execute/Sync of one connection interleaved with another's: "portal does not exist", or another's row.
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, async (_, i) => {
        if (i % 3 === 0) await pool.query('INSERT INTO batch_probe (tag) VALUES ($1)', [`t${i}`]);
        const { rows } = await pool.query<{ tag: string }>('SELECT $1::text || $2::text AS tag', ['t', String(i)]);
        return rows[0]?.tag;
      }),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual(Array.from({ length: 300 }, (_, i) => `t${i}`));
    expect((await pool.query('SELECT count(*)::int AS n FROM batch_probe')).rows[0].n).toBe(100);
  }, 60_000);

  it('keeps a transaction to its own connection while others send queries', async () => {
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      const outside = Promise.all(Array.from({ length: 20 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n', [i])));
      for (let i = 0; i < 10; i += 1) await holder.query('INSERT INTO batch_probe (tag) VALUES ($1)', [`rolled-back-${i}`]);
      await holder.query('ROLLBACK');
      expect((await outside).map((r) => r.rows[0]?.n)).toEqual([...Array(20).keys()]);
    } finally {
      holder.release();
    }
    expect((await pool.query("SELECT count(*)::int AS n FROM batch_probe WHERE tag LIKE 'rolled-back-%'")).rows[0].n).toBe(0);
  }, 60_000);

  it('goes on serving the others after a connection vanishes halfway through a query', async () => {
    const { hostname, port } = new URL(embedded.url);
    const socket = connect(Number(port), hostname);
    const received = (type: string) => waitFor(socket, type);
    socket.write(startupMessage('postgres', 'postgres'));
    await received('Z'); // ReadyForQuery
    // A Parse that fails, then Flush for the error, and never the Sync that would end the batch: the
    // session now ignores every message until a Sync.
    socket.write(Buffer.concat([message('P', '\0SELEC 1\0', [0, 0]), message('H', '')]));
    await received('E'); // ErrorResponse
    socket.destroy();
    const answers = await Promise.all([3, 5, 7].map((n) => pool.query<{ n: number }>('SELECT $1::int AS n', [n])));
    expect(answers.map((r) => r.rows[0]?.n)).toEqual([3, 5, 7]);
  }, 60_000);
});

/** A frontend message: type byte, length, a text body and trailing bytes (counts and format codes). */
function message(type: string, body: string, trailing: number[] = []): Buffer {
  const payload = Buffer.concat([Buffer.from(body, 'latin1'), Buffer.from(trailing)]);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(payload.length + 4, 1);
  return Buffer.concat([header, payload]);
}

function startupMessage(user: string, database: string): Buffer {
  const body = Buffer.from(`user\0${user}\0database\0${database}\0\0`, 'latin1');
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(196608, 4); // protocol 3.0
  return Buffer.concat([header, body]);
}

/** Resolves once the server has sent a message of this type (checked by type byte only: enough here). */
function waitFor(socket: Socket, type: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      seen = Buffer.concat([seen, chunk]);
      for (let at = 0; at + 5 <= seen.length; at += 1 + seen.readInt32BE(at + 1)) {
        if (String.fromCharCode(seen[at] ?? 0) === type) {
          socket.off('data', onData);
          resolve();
          return;
        }
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}
