import 'reflect-metadata';
import { ConfigurationError, loadConfiguration } from './config/configuration.js';
import { createRegistry, listen } from './bootstrap.js';
import { markBoot } from './observability/boot-timeline.js';

async function main(): Promise<void> {
  markBoot('code loaded');
  let config;
  try {
    config = loadConfiguration(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const registry = await createRegistry(config);
  // Embedded mode owns the database: stop it after Nest has closed its pool.
  if (registry.embedded) {
    // Once: Ctrl-C under `npm run start:dev` reaches this process and its watcher, which then sends SIGTERM.
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void registry.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  await listen(registry, config);
}

main().catch((error: unknown) => {
  process.stderr.write(`Registry failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  process.exit(1);
});
