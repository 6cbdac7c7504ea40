#!/usr/bin/env node
/**
 * `npm start`: rebuilds the service and the console only if their sources changed since their last build
 * (scripts/build.mjs; milliseconds when nothing did), then runs the service in this same process, which
 * saves starting a second Node.
 */
import module from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build, serviceEntry } from './build.mjs';

// Node 22 and later keep the compiled code of every module loaded here on disk for the next start; Node 20
// has no such cache, and the call is skipped.
module.enableCompileCache?.();

try {
  build();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// The service's start log counts this as a step of its own (apps/registry-api/src/observability/boot-timeline.ts).
performance.mark('boot:build check');
await import(pathToFileURL(serviceEntry).href);
