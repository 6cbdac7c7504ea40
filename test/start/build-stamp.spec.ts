import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeSince, inputFiles, readStamp, takeStamp, writeStamp } from '../../scripts/build-stamp.mjs';
import { serviceChange, serviceInputFiles } from '../../scripts/build.mjs';

/** The decision `npm start` makes before running the service: rebuild, or start from dist/ as it is. */
describe('build stamp', () => {
  let root: string;
  const write = (name: string, content: string) => {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  };
  const stampNow = () => takeStamp(root, inputFiles(root, ['src']));
  const change = (stamp: ReturnType<typeof takeStamp>) => changeSince(stamp, root, inputFiles(root, ['src']));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-stamp-'));
    write('src/a.ts', 'export const a = 1;\n');
    write('src/deep/b.ts', 'export const b = 2;\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('says nothing changed when nothing did', () => {
    expect(change(stampNow())).toBeUndefined();
  });

  it('asks for a build when there was none', () => {
    expect(changeSince(undefined, root, inputFiles(root, ['src']))).toBe('never built');
    expect(readStamp(join(root, 'missing.json'))).toBeUndefined();
  });

  it('sees an edit that keeps the size (read by content once the time moved)', () => {
    const stamp = stampNow();
    write('src/a.ts', 'export const a = 7;\n');
    expect(change(stamp)).toBe('src/a.ts changed');
  });

  it('does not rebuild for a touch or a checkout that leaves the content as it was', () => {
    const stamp = stampNow();
    const later = Date.now() / 1000 + 60;
    utimesSync(join(root, 'src/a.ts'), later, later);
    expect(change(stamp)).toBeUndefined();
  });

  it('sees a file added or removed', () => {
    const stamp = stampNow();
    write('src/c.ts', 'export const c = 3;\n');
    expect(change(stamp)).toBe('src/c.ts added');
    rmSync(join(root, 'src/c.ts'));
    rmSync(join(root, 'src/a.ts'));
    expect(change(stamp)).toBe('src/a.ts removed');
  });

  it('reads back the stamp it wrote, and refuses one it cannot parse', () => {
    const file = join(root, 'out/.build-stamp.json');
    writeStamp(file, stampNow());
    expect(change(readStamp(file)!)).toBeUndefined();
    writeFileSync(file, '{"version": 1, "files": ');
    expect(readStamp(file)).toBeUndefined();
  });

  it('skips dot files, node_modules and skipped directories', () => {
    write('src/.hidden.ts', 'x');
    write('src/node_modules/pkg/index.ts', 'x');
    write('src/skipped/z.ts', 'x');
    expect(inputFiles(root, ['src', 'absent'], (name) => name === 'src/skipped/')).toEqual(['src/a.ts', 'src/deep/b.ts']);
  });
});

describe("the service's inputs", () => {
  let root: string;
  const write = (name: string, content: string) => {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'service-inputs-'));
    write('apps/registry-api/src/main.ts', 'main');
    write('apps/registry-api/src/main.spec.ts', 'spec');
    write('apps/registry-web/src/app.tsx', 'console');
    write('libs/geo/src/index.ts', 'geo');
    write('libs/geo/data/municipalities.csv', 'csv');
    write('scripts/start.mjs', 'start');
    write('test/bench/x-bench.ts', 'bench');
    write('test/e2e/x.e2e-spec.ts', 'e2e');
    write('tsconfig.json', '{}');
    write('package-lock.json', '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('are what tsc compiles and the files that decide how', () => {
    expect(serviceInputFiles(root)).toEqual([
      'apps/registry-api/src/main.ts',
      'libs/geo/src/index.ts',
      'package-lock.json',
      'test/bench/x-bench.ts',
      'tsconfig.json',
    ]);
  });

  it('decide the rebuild: none after a build, one after a source edit, none after a test edit', () => {
    expect(serviceChange(root)).toBe('dist/ has no service');
    write('dist/apps/registry-api/src/main.js', 'compiled');
    expect(serviceChange(root)).toBe('never built');
    write('dist/.tsbuildinfo.build', 'tsc');
    const compiler = () => {
      const { size, mtimeMs } = statSync(join(root, 'dist/.tsbuildinfo.build'));
      return `${size}:${mtimeMs}`;
    };
    writeStamp(join(root, 'dist/.build-stamp.json'), { ...takeStamp(root, serviceInputFiles(root)), compiler: compiler() });
    expect(serviceChange(root)).toBeUndefined();
    write('apps/registry-api/src/main.spec.ts', 'an edited spec');
    write('apps/registry-web/src/app.tsx', 'an edited console');
    expect(serviceChange(root)).toBeUndefined();
    write('libs/geo/src/index.ts', 'an edited library');
    expect(serviceChange(root)).toBe('libs/geo/src/index.ts changed');
  });

  it('rebuilds when a compiler ran without the build script since the stamp', () => {
    write('dist/apps/registry-api/src/main.js', 'compiled');
    write('dist/.tsbuildinfo.build', 'tsc');
    const { size, mtimeMs } = statSync(join(root, 'dist/.tsbuildinfo.build'));
    writeStamp(join(root, 'dist/.build-stamp.json'), { ...takeStamp(root, serviceInputFiles(root)), compiler: `${size}:${mtimeMs}` });
    expect(serviceChange(root)).toBeUndefined();
    write('dist/.tsbuildinfo.build', 'tsc ran on another branch');
    expect(serviceChange(root)).toBe('dist/ was compiled without this script since');
  });
});
