import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/configuration.js';
import type { FactsChanges } from '../facts/facts-changes.js';
import type { AlertsService } from './alerts.service.js';
import { MAX_RECHECK_BACKOFF_MS, RecheckWorker, recheckDelay } from './recheck.worker.js';

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

describe('RecheckWorker while the database is down', () => {
  it('backs off: the wait doubles per failure up to a minute, and is the interval again after a success', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((failures) => recheckDelay(2000, failures))).toEqual([
      2000,
      4000,
      8000,
      16000,
      32000,
      MAX_RECHECK_BACKOFF_MS,
      MAX_RECHECK_BACKOFF_MS,
      MAX_RECHECK_BACKOFF_MS,
    ]);
    // An interval longer than the cap is never shortened by it.
    expect(recheckDelay(120_000, 3)).toBe(120_000);
  });

  it('tries less and less often while every run fails, logging once per try, and recovers to the interval', async () => {
    jest.useFakeTimers();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const logs = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    let down = true;
    let tries = 0;
    const alerts = {
      processPending: async () => {
        tries += 1;
        if (down) throw new Error('connection terminated');
        return 0;
      },
      recheckAll: async () => 0,
    } as unknown as AlertsService;
    const factsChanges = { prune: async () => undefined } as unknown as FactsChanges;
    const worker = new RecheckWorker({ recheckIntervalMs: 100 } as AppConfig, alerts, factsChanges);
    try {
      worker.onApplicationBootstrap();
      // Runs at 100, then waits 200, 400, 800: four tries in 1500 ms where a fixed interval would make fifteen.
      await jest.advanceTimersByTimeAsync(1500);
      expect(tries).toBe(4);
      expect(errors).toHaveBeenCalledTimes(4);
      expect(String(errors.mock.calls[3]?.[0])).toContain('4 in a row');
      down = false;
      // The next try (1600 ms after the fourth) succeeds; the one after comes at the plain interval.
      await jest.advanceTimersByTimeAsync(1600);
      expect(tries).toBe(5);
      expect(logs).toHaveBeenCalledWith(expect.stringContaining('after 4 failed attempts'));
      await jest.advanceTimersByTimeAsync(100);
      expect(tries).toBe(6);
      expect(errors).toHaveBeenCalledTimes(4);
    } finally {
      await worker.onApplicationShutdown();
      errors.mockRestore();
      logs.mockRestore();
      jest.useRealTimers();
    }
  });
});
