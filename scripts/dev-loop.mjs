/**
 * The watch loop of `npm run start:dev` (scripts/start-dev.mjs): build, start the service, and on a change
 * under the watched folders stop it cleanly (SIGTERM: Nest closes, then the embedded database, then the
 * process exits), rebuild, start it again. A failed build is reported and the loop waits for the next change;
 * nothing runs the old code in the meantime.
 */
import { watch } from 'node:fs';
import { clearTimeout, setTimeout } from 'node:timers';

/** How long a stopping service may take before it is killed (its lock survives a kill, see data-dir-lock.ts). */
const STOP_GRACE_MS = 20_000;

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', resolve));
}

async function stop(child) {
  if (!child) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
}

/**
 * @param {object} options
 * @param {string[]} options.roots folders to watch (recursively)
 * @param {(path: string) => boolean} options.relevant whether a changed file (relative to its root) matters
 * @param {() => void} options.build throws when the build fails
 * @param {() => import('node:child_process').ChildProcess} options.start starts the service
 * @param {(line: string) => void} options.say
 * @param {number} [options.debounceMs] changes closer together than this make one restart
 * @returns {{ close(): Promise<void>, settled(): Promise<void> }}
 */
export function devLoop({ roots, relevant, build, start, say, debounceMs = 300 }) {
  let child;
  let timer;
  let closed = false;
  // One restart at a time, in order: a change during a restart makes another one after it.
  let queue = Promise.resolve();

  const restart = (why) => {
    queue = queue.then(async () => {
      if (closed) return;
      if (child) {
        say(`restarting (${why})`);
        await stop(child);
        child = undefined;
      }
      try {
        build();
      } catch (error) {
        say(`build failed, waiting for the next change: ${error.message}`);
        return;
      }
      if (!closed) child = start();
    });
    return queue;
  };

  const watchers = roots.map((root) =>
    watch(root, { recursive: true }, (_event, name) => {
      if (!name || !relevant(String(name))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void restart(`${name} changed`), debounceMs);
    }),
  );
  void restart('start');

  return {
    /** Resolves once every restart asked for so far is done. */
    settled: () => queue,
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await queue;
      await stop(child);
    },
    /** the running service, if any */
    get child() {
      return child;
    },
  };
}
