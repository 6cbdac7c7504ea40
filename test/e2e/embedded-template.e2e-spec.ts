import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { installationId, makeDataDirTemplate } from '@registry/database';
import { createRegistry, type RunningRegistry } from '../../apps/registry-api/src/bootstrap.js';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';

/** `npm ci` makes a database template; a new DATA_DIR starts as a copy of it and must be a database of its own. */
describe('embedded database from the template', () => {
  let scratch: string;
  let template: string;
  const running: RunningRegistry[] = [];

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'registry-template-'));
    template = join(scratch, 'template');
    await makeDataDirTemplate(template);
  }, 240_000);

  afterAll(async () => {
    for (const registry of running) await registry.close();
    await rm(scratch, { recursive: true, force: true });
  });

  async function boot(name: string): Promise<{ http: App; dataSource: DataSource; registry: RunningRegistry }> {
    const config = loadConfiguration({ NODE_ENV: 'development', DATA_DIR: join(scratch, name), PORT: '0' });
    const registry = await createRegistry({ ...config, embeddedTemplateDir: template }, { logStream: { write: () => undefined } });
    running.push(registry);
    await registry.app.init();
    return { http: registry.app.getHttpServer() as App, dataSource: registry.app.get<DataSource>(getDataSourceToken()), registry };
  }

  it('is the database and its marker, with no lock or partial copy left behind', async () => {
    expect((await readdir(template)).sort()).toEqual(['pgdata', 'registry-template.json']);
    expect(existsSync(`${template}.partial-${process.pid}`)).toBe(false);
  });

  it('gives each new data directory a ready database with its own installation id', async () => {
    const first = await boot('one');
    const second = await boot('two');
    for (const { http, dataSource, registry } of [first, second]) {
      expect(registry.embedded?.fromTemplate).toBe(true);
      await request(http).get('/health/ready').expect(200);
      const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM municipality')) as { n: number }[];
      expect(n).toBe(290);
    }
    const ids = [await installationId(first.dataSource), await installationId(second.dataSource)];
    expect(ids[0]).not.toBe(ids[1]);
    // Writing in one copy leaves the other and the template as they were.
    await first.dataSource.query('CREATE TABLE copy_probe (note text)');
    const probe = (await second.dataSource.query("SELECT to_regclass('copy_probe') AS t")) as { t: string | null }[];
    expect(probe[0]!.t).toBeNull();
  });
});
