import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { devLoop, type DevLoop } from '../../scripts/dev-loop.mjs';

/** A stand-in service: records that it started, and on SIGTERM that it shut down cleanly, then exits 0. */
const SERVICE = `
const { appendFileSync } = require('node:fs');
appendFileSync(process.env.RECORD, 'started ' + process.pid + '\\n');
process.on('SIGTERM', () => { appendFileSync(process.env.RECORD, 'stopped cleanly ' + process.pid + '\\n'); process.exit(0); });
setInterval(() => {}, 1000);
`;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the start:dev loop', () => {
  let root: string;
  let record: string;
  let loop: DevLoop | undefined;
  let builds: number;
  let failBuild: boolean;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'registry-dev-loop-'));
    record = join(root, 'record.log');
    writeFileSync(join(root, 'main.ts'), 'export const a = 1;\n');
    builds = 0;
    failBuild = false;
    loop = devLoop({
      roots: [root],
      relevant: (path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'),
      build: () => {
        builds += 1;
        if (failBuild) throw new Error('main.ts(1,1): error TS1005');
      },
      start: () => {
        const child = spawn(process.execPath, ['-e', SERVICE], { env: { PATH: process.env.PATH ?? '', RECORD: record }, stdio: 'ignore' });
        children.push(child);
        return child;
      },
      say: () => undefined,
      debounceMs: 50,
    });
  });
  afterEach(async () => {
    await loop?.close();
    for (const child of children) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  const lines = () => (existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : []);

  it('builds and starts, then on a change stops the service cleanly, rebuilds and starts it again', async () => {
    await until(() => lines().length === 1, 'the first start');
    writeFileSync(join(root, 'main.ts'), 'export const a = 2;\n');
    await until(() => lines().length === 3, 'the restart');
    const [first, second] = children;
    expect(lines()).toEqual([`started ${first?.pid}`, `stopped cleanly ${first?.pid}`, `started ${second?.pid}`]);
    expect(first?.exitCode).toBe(0);
    expect(builds).toBe(2);
    // A test file or another kind of file changes nothing.
    writeFileSync(join(root, 'main.spec.ts'), 'x\n');
    writeFileSync(join(root, 'notes.md'), 'x\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await loop?.settled();
    expect(builds).toBe(2);
    await loop?.close();
    expect(lines()).toEqual([
      `started ${first?.pid}`,
      `stopped cleanly ${first?.pid}`,
      `started ${second?.pid}`,
      `stopped cleanly ${second?.pid}`,
    ]);
  });

  it('after a failed build runs nothing until the next change builds', async () => {
    await until(() => lines().length === 1, 'the first start');
    failBuild = true;
    writeFileSync(join(root, 'main.ts'), 'export const a = ;\n');
    await until(() => builds === 2, 'the failing build');
    await loop?.settled();
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toMatch(/^stopped cleanly /);
    expect(loop?.child).toBeUndefined();
    failBuild = false;
    writeFileSync(join(root, 'main.ts'), 'export const a = 3;\n');
    await until(() => lines().length === 3, 'the start after the fix');
    expect(lines()[2]).toMatch(/^started /);
  });
});
