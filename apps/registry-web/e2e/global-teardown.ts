import { readFile, rm } from 'node:fs/promises';
import { STATE_FILE, type E2eState } from './service.js';

export default async function globalTeardown(): Promise<void> {
  const state = JSON.parse(await readFile(STATE_FILE, 'utf8')) as E2eState;
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  // Give the embedded database its clean shutdown before the directory goes.
  for (let i = 0; i < 40; i++) {
    try {
      process.kill(state.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await rm(state.dataDir, { recursive: true, force: true });
}
