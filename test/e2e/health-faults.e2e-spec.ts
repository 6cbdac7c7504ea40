import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('readiness while database connections die', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 503 with every check down, never 500, while every statement fails on a dead connection', async () => {
    await request(app.http).get('/health/ready').expect(200);
    const dataSource = app.registry.app.get<DataSource>(getDataSourceToken());
    // What pg throws for a statement on a connection an administrator terminated; the schema check
    // (showMigrations) and the database check both go through the data source.
    const dead = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const query = jest.spyOn(dataSource, 'query').mockRejectedValue(dead);
    const migrations = jest.spyOn(dataSource, 'showMigrations').mockRejectedValue(dead);
    try {
      const ready = await request(app.http).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details.database.status).toBe('down');
      expect(ready.body.details.migrations).toEqual(expect.objectContaining({ status: 'down', message: 'schema version not readable' }));
      expect(ready.body.details.lifecycle.status).toBe('up');
    } finally {
      query.mockRestore();
      migrations.mockRestore();
    }
    await request(app.http).get('/health/ready').expect(200);
  });
});
