import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the browser tests' service listens; loopback only. */
export const CONSOLE_E2E_PORT = Number(process.env.CONSOLE_E2E_PORT ?? 3199);
export const CONSOLE_E2E_URL = `http://127.0.0.1:${CONSOLE_E2E_PORT}`;

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..', '..');
/** What global setup leaves for the specs: the demo's ids and the service's process id. */
export const STATE_FILE = join(here, '..', 'test-results', 'console-e2e-state.json');

export interface E2eState {
  pid: number;
  dataDir: string;
  /** The demo's `export NAME=value` lines, by name: DEMO_CASE_ID, DEMO_CLEARANCE, DEMO_CASE_REF, ... */
  demo: Record<string, string>;
}
