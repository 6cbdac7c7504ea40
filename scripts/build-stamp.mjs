/**
 * Has a build's input changed since the build? Answered in milliseconds for an unchanged tree, so that
 * `npm start` can skip the compilers altogether.
 *
 * A stamp (JSON, kept inside the build's output so that deleting the output also forgets the stamp) lists
 * every input file with its size, modification time and SHA-256. A file whose size and time match is taken
 * as unchanged without reading it; one whose time moved (a checkout, a copy, `touch`) is read and compared by
 * content, so only a real edit, a new file or a removed one counts as a change.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const STAMP_VERSION = 1;

/**
 * Every file under `inputs` (paths relative to `root`; a directory is walked, a missing entry contributes
 * nothing), as sorted '/'-separated paths relative to `root`. Names starting with a dot and node_modules
 * are skipped, and so is any path for which `skip(relativePath)` is true: a directory's path is offered with
 * a trailing '/', and a skipped directory is not walked.
 */
export function inputFiles(root, inputs, skip = () => false) {
  const files = [];
  const walk = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    const name = relative(root, path).split(sep).join('/');
    if (stats.isDirectory()) {
      if (skip(`${name}/`)) return;
      for (const entry of readdirSync(path)) if (!entry.startsWith('.') && entry !== 'node_modules') walk(join(path, entry));
      return;
    }
    if (!skip(name)) files.push(name);
  };
  for (const input of inputs) walk(join(root, input));
  return [...new Set(files)].sort();
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The stamp of `files` (from inputFiles) as they are now. */
export function takeStamp(root, files) {
  const entries = {};
  for (const name of files) {
    const path = join(root, name);
    const stats = statSync(path);
    entries[name] = { size: stats.size, mtimeMs: stats.mtimeMs, sha256: sha256(path) };
  }
  return { version: STAMP_VERSION, files: entries };
}

export function readStamp(stampFile) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return stamp && stamp.version === STAMP_VERSION && stamp.files ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so an interrupted write never leaves a stamp that parses. */
export function writeStamp(stampFile, stamp) {
  mkdirSync(dirname(stampFile), { recursive: true });
  const temporary = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(stamp));
  renameSync(temporary, stampFile);
}

/**
 * `undefined` when `files` are exactly those of the stamp with the same contents; otherwise a short reason
 * naming the first difference (for the start's log line).
 */
export function changeSince(stamp, root, files) {
  if (!stamp) return 'never built';
  const recorded = Object.keys(stamp.files);
  const now = new Set(files);
  const removed = recorded.find((name) => !now.has(name));
  if (removed) return `${removed} removed`;
  for (const name of files) {
    const before = stamp.files[name];
    if (!before) return `${name} added`;
    const path = join(root, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return `${name} removed`;
    }
    if (stats.size !== before.size) return `${name} changed`;
    if (stats.mtimeMs === before.mtimeMs) continue;
    if (sha256(path) !== before.sha256) return `${name} changed`;
  }
  return undefined;
}
