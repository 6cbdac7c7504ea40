import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signDevToken } from '@registry/auth';
import { installationId } from '@registry/database';
import { keysCommand } from '../../apps/registry-cli/src/commands/keys.command.js';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';

/** `npm start` with no DATABASE_URL: PGlite under DATA_DIR, served to the same pg driver. */
describe('embedded PostgreSQL mode', () => {
  let dataDir: string;
  let registry: RunningRegistry | undefined;

  afterAll(async () => {
    await registry?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function boot(): Promise<{ http: App; dataSource: DataSource }> {
    const config = loadConfiguration({ NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0' });
    registry = await createRegistry(config, { logStream: { write: () => undefined } });
    await registry.app.init();
    return { http: registry.app.getHttpServer() as App, dataSource: registry.app.get<DataSource>(getDataSourceToken()) };
  }

  it('boots with a development token, serves 290 municipalities, and keeps written rows across a restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'registry-embedded-'));
    const first = await boot();
    expect(registry?.embedded).toBeDefined();
    // A token minted by `npm run token` (same DATA_DIR) before or while the server runs is accepted.
    const token = await signDevToken(dataDir, { role: 'MUNICIPALITY', municipality: '1280' });
    const response = await request(first.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: '{ municipalities { code } }' })
      .expect(200);
    expect(response.body.data.municipalities).toHaveLength(290);
    await request(first.http).get('/health/ready').expect(200);
    // The request budget lives in the database here too, spent over several of the pool's connections.
    const together = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(first.http)
          .post('/graphql')
          .set('Authorization', `Bearer ${token}`)
          .send({ query: '{ municipality(code: "1280") { code } }' }),
      ),
    );
    expect(together.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await first.dataSource.query('SELECT points FROM rate_limit')).toEqual([{ points: 9 }]);

    // An operator command on the same DATA_DIR while the server owns it is refused, not allowed to corrupt it.
    await expect(keysCommand(['rotate'], { DATA_DIR: dataDir })).rejects.toThrow(
      /in use by process \d+; stop it first, or use DATABASE_URL/,
    );

    const id = await installationId(first.dataSource);
    const [{ n: storedMunicipalities }] = (await first.dataSource.query('SELECT count(*)::int AS n FROM municipality')) as { n: number }[];
    expect(storedMunicipalities).toBe(290);
    await first.dataSource.query('CREATE TABLE restart_probe (note text)');
    await first.dataSource.query("INSERT INTO restart_probe VALUES ('written before restart')");
    await registry?.close();
    registry = undefined;

    const second = await boot();
    expect(await installationId(second.dataSource)).toBe(id);
    const rows = (await second.dataSource.query('SELECT note FROM restart_probe')) as { note: string }[];
    expect(rows).toEqual([{ note: 'written before restart' }]);
    const again = await request(second.http)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: '{ municipality(code: "1280") { name } }' })
      .expect(200);
    expect(again.body.data.municipality.name).toBe('Malmö');
    // A restart does not hand the subject a fresh budget.
    expect(await second.dataSource.query('SELECT points FROM rate_limit')).toEqual([{ points: 10 }]);
  }, 120_000);
});
