import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../config/configuration.js';
import type { FactsChanges } from '../facts/facts-changes.js';
import type { AlertsService } from './alerts.service.js';
import { RecheckWorker } from './recheck.worker.js';

describe('RecheckWorker', () => {
  it('re-checks every active placement once a day even when nothing was written (a consent lapses by date)', async () => {
    const calls = { pending: 0, all: 0 };
    const alerts = {
      processPending: async () => {
        calls.pending += 1;
        return 0;
      },
      recheckAll: async () => {
        calls.all += 1;
        return 0;
      },
    } as unknown as AlertsService;
    const factsChanges = { prune: async () => undefined } as unknown as FactsChanges;
    const worker = new RecheckWorker({ recheckIntervalMs: 5 } as AppConfig, alerts, factsChanges);
    worker.onApplicationBootstrap();
    // However long the machine takes to give the timer three turns: the whole-register re-check ran once.
    while (calls.pending < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.onApplicationShutdown();
    expect(calls.pending).toBeGreaterThanOrEqual(3);
    expect(calls.all).toBe(1);
  });

  it('is caught up only once the whole-register re-check of the day has finished', async () => {
    let finish: () => void = () => undefined;
    const alerts = {
      processPending: async () => 0,
      recheckAll: () => new Promise<number>((resolve) => (finish = () => resolve(0))),
    } as unknown as AlertsService;
    const factsChanges = { prune: async () => undefined } as unknown as FactsChanges;
    const worker = new RecheckWorker({ recheckIntervalMs: 5 } as AppConfig, alerts, factsChanges);
    worker.onApplicationBootstrap();
    let caughtUp = false;
    const waiting = worker.caughtUp().then(() => (caughtUp = true));
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(caughtUp).toBe(false);
    finish();
    await waiting;
    expect(caughtUp).toBe(true);
    await worker.onApplicationShutdown();
  });

  it('says so when the re-check it waits for fails, rather than waiting for ever', async () => {
    const alerts = {
      processPending: async () => 0,
      recheckAll: async () => {
        throw new Error('database down');
      },
    } as unknown as AlertsService;
    const factsChanges = { prune: async () => undefined } as unknown as FactsChanges;
    const worker = new RecheckWorker({ recheckIntervalMs: 60_000 } as AppConfig, alerts, factsChanges);
    await expect(worker.caughtUp()).rejects.toThrow(/re-check of every active placement failed/);
  });
});
