import chromium from '@sparticuz/chromium';
import { defineConfig } from '@playwright/test';
import { CONSOLE_E2E_URL } from './e2e/service.js';

/**
 * Browser tests against the real service (built API and console, embedded database, a fresh data directory,
 * `npm run demo` data). Chromium comes with `npm ci` (@sparticuz/chromium, without its serverless `args`,
 * which would disable CORS and force one process); `CHROMIUM_PATH` picks another, e.g. Debian's chromium.
 * A missing browser fails the run: nothing here skips itself.
 */
const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());

export default defineConfig({
  testDir: './e2e/specs',
  outputDir: './test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // One service, one demo data set: the flows run in order against it.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: CONSOLE_E2E_URL,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, headless: true },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
