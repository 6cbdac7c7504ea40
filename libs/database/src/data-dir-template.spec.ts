import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteVersion, seedFromTemplate, templateFits, writeTemplateMarker } from './data-dir-template.js';

const CODE_MIGRATIONS = ['First1', 'Second2', 'Third3'];

describe('embedded database template', () => {
  let scratch: string;
  let template: string;
  let pgdata: string;

  beforeEach(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'pgdata-template-'));
    template = join(scratch, 'template');
    pgdata = join(scratch, 'data', 'pgdata');
    mkdirSync(join(template, 'pgdata', 'base'), { recursive: true });
    writeFileSync(join(template, 'pgdata', 'PG_VERSION'), '17\n');
    writeFileSync(join(template, 'pgdata', 'base', 'file'), 'from the template');
    mkdirSync(join(scratch, 'data'));
    await writeTemplateMarker(template, { pglite: pgliteVersion(), migrations: ['First1', 'Second2'] });
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('fits only the PGlite release that wrote it and code that knows all its migrations', () => {
    const version = pgliteVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(templateFits({ pglite: version, migrations: ['First1'] }, version, CODE_MIGRATIONS)).toBe(true);
    expect(templateFits({ pglite: version, migrations: [] }, version, CODE_MIGRATIONS)).toBe(true);
    expect(templateFits({ pglite: '0.0.1', migrations: ['First1'] }, version, CODE_MIGRATIONS)).toBe(false);
    expect(templateFits({ pglite: version, migrations: ['First1', 'Gone9'] }, version, CODE_MIGRATIONS)).toBe(false);
    expect(templateFits(undefined, version, CODE_MIGRATIONS)).toBe(false);
  });

  it('seeds a data directory that has no database yet, leaving no partial copy', async () => {
    expect(await seedFromTemplate(pgdata, template, CODE_MIGRATIONS)).toBe(true);
    expect(readFileSync(join(pgdata, 'base', 'file'), 'utf8')).toBe('from the template');
    expect(existsSync(`${pgdata}.seeding`)).toBe(false);
    // The template itself is untouched: the next new data directory gets the same copy.
    expect(readFileSync(join(template, 'pgdata', 'base', 'file'), 'utf8')).toBe('from the template');
  });

  it('seeds an empty database directory (a first start that stopped before initialising)', async () => {
    mkdirSync(pgdata);
    expect(await seedFromTemplate(pgdata, template, CODE_MIGRATIONS)).toBe(true);
    expect(existsSync(join(pgdata, 'PG_VERSION'))).toBe(true);
  });

  it('never touches an existing database', async () => {
    mkdirSync(pgdata);
    writeFileSync(join(pgdata, 'PG_VERSION'), 'mine');
    expect(await seedFromTemplate(pgdata, template, CODE_MIGRATIONS)).toBe(false);
    expect(readFileSync(join(pgdata, 'PG_VERSION'), 'utf8')).toBe('mine');
    expect(existsSync(join(pgdata, 'base'))).toBe(false);
  });

  it('is not used when it does not fit or is missing', async () => {
    expect(await seedFromTemplate(pgdata, template, ['Second2'])).toBe(false);
    expect(await seedFromTemplate(pgdata, join(scratch, 'absent'), CODE_MIGRATIONS)).toBe(false);
    expect(existsSync(pgdata)).toBe(false);
  });
});
