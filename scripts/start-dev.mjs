#!/usr/bin/env node
/**
 * `npm run start:dev`: the service in watch mode for development. Builds what changed (scripts/build.mjs),
 * runs the service in a child process with readable logs (LOG_FORMAT=pretty, pino-pretty) and GraphiQL at
 * /graphiql, and on every change to a TypeScript source under apps/ or libs/ (tests and the console aside)
 * stops it cleanly, rebuilds the service and starts it again (scripts/dev-loop.mjs). Ctrl-C stops the service
 * the same clean way (the embedded database closes) and then the loop.
 *
 * The console has its own development server (Vite, `npm run dev --prefix apps/registry-web`); the service
 * serves its last build.
 */
import { spawn } from 'node:child_process';
import { join, sep } from 'node:path';
import { build, repoRoot, serviceEntry } from './build.mjs';
import { devLoop } from './dev-loop.mjs';

if (process.env.NODE_ENV === 'production') {
  process.stderr.write('start:dev is for development; production runs `npm start` (or the image) with NODE_ENV=production\n');
  process.exit(1);
}

const say = (line) => process.stderr.write(`start:dev: ${line}\n`);
let first = true;

const loop = devLoop({
  roots: [join(repoRoot, 'apps'), join(repoRoot, 'libs')],
  relevant: (path) =>
    path.endsWith('.ts') &&
    !path.endsWith('.spec.ts') &&
    !path.endsWith('.e2e-spec.ts') &&
    !path.startsWith(`registry-web${sep}`) &&
    !path.includes(`node_modules${sep}`),
  build: () => {
    // The console once, at the first start (if it changed); after that only the service.
    build({ service: true, console: first });
    first = false;
  },
  start: () =>
    spawn(process.execPath, [serviceEntry], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'development', LOG_FORMAT: process.env.LOG_FORMAT || 'pretty' },
    }),
  say,
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say('stopping');
    void loop.close().then(() => process.exit(0));
  });
}
