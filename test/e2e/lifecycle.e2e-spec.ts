import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ShutdownState } from '../../apps/registry-api/src/health/shutdown-state.js';
import { startTestApp } from '../support/test-app.js';

describe('graceful shutdown', () => {
  it('readiness goes false as shutdown begins, and a request in flight still finishes', async () => {
    const app = await startTestApp();
    try {
      const token = await app.idp.sign({ roles: ['AUDITOR'] });
      await request(app.http).get('/health/ready').expect(200);
      // A request that is being answered while the application starts to close.
      const inFlight = app.graphql('{ municipalities { code name neighbours { code } } }', { token });
      const answered = inFlight.then((response) => response);
      await new Promise((resolve) => setTimeout(resolve, 5));
      app.registry.app.get(ShutdownState).beforeApplicationShutdown();
      const ready = await request(app.http).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details.lifecycle.status).toBe('down');
      const response = await answered;
      expect(response.status).toBe(200);
      expect(response.body.data.municipalities).toHaveLength(290);
      await request(app.http).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});
