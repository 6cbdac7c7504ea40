import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@registry/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { UnitOfWork } from './unit-of-work.js';

describe('UnitOfWork: one transaction, one statement at a time', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let uow: UnitOfWork;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, poolSize: 2 }).initialize();
    uow = new UnitOfWork(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('runs statements asked for together one after another on the transaction, in the order asked', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const order = await uow.transaction(async () => {
      // The transaction's pg client, counted: pg would line up overlapping calls itself, deprecated.
      const client = (uow.manager.queryRunner as unknown as { databaseConnection: { query: (...args: unknown[]) => Promise<unknown> } })
        .databaseConnection;
      const query = client.query.bind(client);
      client.query = async (...args: unknown[]) => {
        mostInFlight = Math.max(mostInFlight, (inFlight += 1));
        try {
          return await query(...args);
        } finally {
          inFlight -= 1;
        }
      };
      await uow.manager.query('CREATE TEMP TABLE arrival (n int, at timestamptz DEFAULT clock_timestamp()) ON COMMIT DROP');
      // What a service does with Promise.all over a list, every statement through the request's manager.
      await Promise.all(
        Array.from({ length: 20 }, (_, n) => uow.manager.query('INSERT INTO arrival (n) SELECT $1 FROM pg_sleep(0.002)', [n])),
      );
      return (await uow.manager.query('SELECT n FROM arrival ORDER BY at')) as { n: number }[];
    });
    expect(order.map((row) => row.n)).toEqual([...Array(20).keys()]);
    expect(mostInFlight).toBe(1);
  });

  it('lets the statements after a failed one run, and the failure reach only its caller', async () => {
    const outcomes = await uow.transaction(async (m) => {
      await m.query('SAVEPOINT before_failure');
      return Promise.allSettled([
        m.query('SELECT 1 AS one'),
        m.query('SELECT * FROM no_such_table'),
        m.query('ROLLBACK TO SAVEPOINT before_failure'),
        m.query('SELECT 3 AS three'),
      ]);
    });
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(outcomes[3]).toEqual({ status: 'fulfilled', value: [{ three: 3 }] });
  });

  it('joins an open transaction: nested work shares its connection and its queue', async () => {
    const pids = await uow.transaction(async () => {
      const outer = (await uow.manager.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      const inner = await uow.transaction((m) =>
        Promise.all([m.query('SELECT pg_backend_pid() AS pid'), m.query('SELECT pg_backend_pid() AS pid')]),
      );
      return [outer, ...inner].map((rows) => (rows as { pid: number }[])[0]?.pid);
    });
    expect(new Set(pids).size).toBe(1);
  });

  it('tells whether the open transaction may have written: not after reads, from the first write on', async () => {
    expect(uow.mayHaveWritten).toBe(false);
    const seen = await uow.transaction(async (m) => {
      const before = uow.mayHaveWritten;
      await Promise.all([m.query('SELECT 1'), uow.manager.query('SELECT pg_advisory_xact_lock(42)')]);
      const afterReads = uow.mayHaveWritten;
      await m.query('CREATE TEMP TABLE write_probe (n int) ON COMMIT DROP');
      const afterWrite = uow.mayHaveWritten;
      // Joined work shares the answer: it is one transaction.
      const joined = await uow.transaction(async () => uow.mayHaveWritten);
      return { before, afterReads, afterWrite, joined };
    });
    expect(seen).toEqual({ before: false, afterReads: false, afterWrite: true, joined: true });
    expect(await uow.transaction(async () => uow.mayHaveWritten)).toBe(false);
  });

  /** Ends the connection `pid` from outside, as an administrator or a failover does. */
  async function terminate(pid: number): Promise<void> {
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
  }

  it('runs a transaction that had only read once more when its connection dies, on a fresh connection', async () => {
    const attempts: number[] = [];
    const answer = await uow.transaction(async (m) => {
      const [{ pid }] = (await m.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      attempts.push(pid);
      if (attempts.length === 1) await terminate(pid);
      return (await m.query('SELECT 41 + 1 AS answer')) as { answer: number }[];
    });
    expect(answer).toEqual([{ answer: 42 }]);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).not.toBe(attempts[0]);
  });

  it('runs a read-only transaction once more when its connection dies between statements, after TypeORM let go of it', async () => {
    const attempts: number[] = [];
    const answer = await uow.transaction(async (m) => {
      const [{ pid }] = (await m.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      attempts.push(pid);
      if (attempts.length === 1) {
        await terminate(pid);
        // The connection's error event releases the runner; the next statement then never reaches the driver.
        const runner = m.queryRunner as unknown as { isReleased: boolean };
        while (!runner.isReleased) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return (await m.query('SELECT 41 + 1 AS answer')) as { answer: number }[];
    });
    expect(answer).toEqual([{ answer: 42 }]);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).not.toBe(attempts[0]);
  });

  it('never runs again a transaction that may have written, nor one the database refused', async () => {
    let attempts = 0;
    const wrote = uow.transaction(async (m) => {
      attempts += 1;
      await m.query('CREATE TEMP TABLE retry_probe (n int) ON COMMIT DROP');
      const [{ pid }] = (await m.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      await terminate(pid);
      return m.query('SELECT 1');
    });
    await expect(wrote).rejects.toThrow();
    expect(attempts).toBe(1);

    let refused = 0;
    const bad = uow.transaction(async (m) => {
      refused += 1;
      return m.query('SELECT * FROM no_such_table');
    });
    await expect(bad).rejects.toThrow(/no_such_table/);
    expect(refused).toBe(1);
  });

  it('retries once only: a read whose connection dies twice fails', async () => {
    let attempts = 0;
    const dying = uow.transaction(async (m) => {
      attempts += 1;
      const [{ pid }] = (await m.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      await terminate(pid);
      return m.query('SELECT 1');
    });
    await expect(dying).rejects.toThrow();
    expect(attempts).toBe(2);
  });
});
