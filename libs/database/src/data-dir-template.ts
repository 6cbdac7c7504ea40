import { readFileSync } from 'node:fs';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A new embedded database spends most of its first start in PostgreSQL's initdb, run in WebAssembly (about
 * 10 s on a busy two-core machine). A template is a stopped, freshly initialised and migrated database
 * directory made once (at `npm ci`, by scripts/pgdata-template.ts); a new DATA_DIR starts as a copy of it,
 * which takes a fraction of a second. It holds the schema and nothing else: no reference data and no
 * installation row (each copy makes its own installation id at its first start), no key and no register data.
 */
const MARKER = 'registry-template.json';

export interface TemplateMarker {
  /** the PGlite release that wrote it: another release may not read its files */
  pglite: string;
  /** the migrations applied in it, by name */
  migrations: string[];
}

export function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@electric-sql/pglite');
  // The package's "exports" hide package.json; find it from the entry point instead.
  const root = entry.slice(0, entry.lastIndexOf('@electric-sql/pglite') + '@electric-sql/pglite'.length);
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Whether a template can seed a database for this code: written by this PGlite release, and every migration
 * in it is one the code knows (the service applies those newer than the template itself).
 */
export function templateFits(marker: TemplateMarker | undefined, pglite: string, migrationNames: readonly string[]): boolean {
  if (!marker || marker.pglite !== pglite || !Array.isArray(marker.migrations)) return false;
  const known = new Set(migrationNames);
  return marker.migrations.every((name) => known.has(name));
}

export async function readTemplateMarker(templateDir: string): Promise<TemplateMarker | undefined> {
  try {
    return JSON.parse(await readFile(join(templateDir, MARKER), 'utf8')) as TemplateMarker;
  } catch {
    return undefined;
  }
}

export async function writeTemplateMarker(templateDir: string, marker: TemplateMarker): Promise<void> {
  await writeFile(join(templateDir, MARKER), JSON.stringify(marker));
}

async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * When `pgdata` does not exist yet (or is empty) and the template fits, makes `pgdata` a copy of the
 * template's database and returns true. The copy is made under another name and renamed into place, so an
 * interrupted copy never leaves a half database behind. The caller holds the data directory's lock.
 */
export async function seedFromTemplate(pgdata: string, templateDir: string, migrationNames: readonly string[]): Promise<boolean> {
  if (!(await isMissingOrEmpty(pgdata))) return false;
  if (!templateFits(await readTemplateMarker(templateDir), pgliteVersion(), migrationNames)) return false;
  const partial = `${pgdata}.seeding`;
  await rm(partial, { recursive: true, force: true });
  await cp(join(templateDir, 'pgdata'), partial, { recursive: true });
  await rm(pgdata, { recursive: true, force: true });
  await rename(partial, pgdata);
  return true;
}
