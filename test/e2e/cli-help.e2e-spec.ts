import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildService } from '../support/service-process.js';

const CLI = join(process.cwd(), 'dist/apps/registry-cli/src/main.js');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('registry-cli usage', () => {
  beforeAll(async () => {
    await buildService();
  }, 300_000);

  it.each(['--help', '-h', 'help'])('%s prints every command on standard output and exits 0', (flag) => {
    const result = cli(flag);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: registry-cli <token\|keys\|audit\|demo\|demo-history\|migrate\|retention>/);
    expect(result.stdout).toContain('npm run token -- --role ROLE');
    expect(result.stderr).toBe('');
  });

  it("a command's --help prints that command's usage and exits 0, running nothing", () => {
    const result = cli('token', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run token -- --role ROLE/);
    expect(result.stderr).toBe('');
  });

  it('no command, or an unknown one, is a usage error: exit 2 on standard error', () => {
    for (const args of [[], ['frobnicate']]) {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage: registry-cli');
    }
  });
});
