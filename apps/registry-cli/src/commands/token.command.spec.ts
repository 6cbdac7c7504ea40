import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, devJwks } from '@registry/auth';
import { isMunicipalityCode } from '@registry/geo';
import { UsageError } from '../usage-error.js';
import { tokenCommand } from './token.command.js';

async function verifierFor(dataDir: string) {
  return createTokenVerifier({
    keys: { jwks: await devJwks(dataDir) },
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    isKnownMunicipality: isMunicipalityCode,
  });
}

describe('npm run token', () => {
  it.each([
    [['--role', 'POLICE_REGIONAL', '--region', 'SYD'], { roles: ['POLICE_REGIONAL'], policeRegion: 'SYD' }],
    [['--role', 'MUNICIPALITY', '--municipality', '1280'], { roles: ['MUNICIPALITY'], municipalityCode: '1280' }],
    [['--role', 'AUDITOR', '--sub', 'auditor-7'], { roles: ['AUDITOR'], sub: 'auditor-7' }],
    [['--role', 'POLICE_NATIONAL', '--ttl', '60'], { roles: ['POLICE_NATIONAL'] }],
  ])('%j prints a token the service verifies', async (args, expected) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    const token = await tokenCommand(args, { DATA_DIR: dataDir });
    const principal = await (await verifierFor(dataDir))(token);
    expect(principal).toMatchObject(expected);
  });

  it('the token and a server started later share one key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    const first = await tokenCommand(['--role', 'AUDITOR'], { DATA_DIR: dataDir });
    const verify = await verifierFor(dataDir);
    const second = await tokenCommand(['--role', 'AUDITOR'], { DATA_DIR: dataDir });
    await expect(verify(first)).resolves.toMatchObject({ roles: ['AUDITOR'] });
    await expect(verify(second)).resolves.toMatchObject({ roles: ['AUDITOR'] });
  });

  it('--ttl sets the expiry', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    const token = await tokenCommand(['--role', 'AUDITOR', '--ttl', '120'], { DATA_DIR: dataDir });
    const payload = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { exp: number; iat: number };
    expect(payload.exp - payload.iat).toBe(120);
  });

  it('issues tokens with an iat, within the maximum lifetime the service accepts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    const claims = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { exp: number; iat: number };
    const byDefault = claims(await tokenCommand(['--role', 'AUDITOR'], { DATA_DIR: dataDir }));
    expect(byDefault.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(byDefault.exp - byDefault.iat).toBe(3600);
    const longest = await tokenCommand(['--role', 'AUDITOR', '--ttl', '43200'], { DATA_DIR: dataDir });
    await expect((await verifierFor(dataDir))(longest)).resolves.toMatchObject({ roles: ['AUDITOR'] });
    await expect(tokenCommand(['--role', 'AUDITOR', '--ttl', '43201'], { DATA_DIR: dataDir })).rejects.toThrow(
      '--ttl must be a whole number of seconds from 1 to 43200 (AUTH_MAX_TOKEN_LIFETIME_SECONDS)',
    );
  });

  it('follows AUTH_MAX_TOKEN_LIFETIME_SECONDS, as the service does', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    const env = { DATA_DIR: dataDir, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '600' };
    const token = await tokenCommand(['--role', 'AUDITOR'], env);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { exp: number; iat: number };
    expect(payload.exp - payload.iat).toBe(600);
    await expect(tokenCommand(['--role', 'AUDITOR', '--ttl', '601'], env)).rejects.toBeInstanceOf(UsageError);
    await expect(
      tokenCommand(['--role', 'AUDITOR', '--ttl', '3600'], { DATA_DIR: dataDir, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '7 days' }),
    ).rejects.toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
  });

  it.each([
    [[]],
    [['--role', 'ADMIN']],
    [['--role', 'POLICE_REGIONAL']],
    [['--role', 'POLICE_REGIONAL', '--region', 'ATLANTIS']],
    [['--role', 'MUNICIPALITY', '--municipality', '9999']],
    [['--role', 'AUDITOR', '--ttl', '0']],
    [['--role', 'AUDITOR', '--ttl', 'forever']],
    [['--role', 'AUDITOR', '--ttl', String(13 * 3600)]],
    [['--role', 'AUDITOR', '--ttl', String(7 * 24 * 3600)]],
  ])('refuses %j with a usage error', async (args) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'registry-token-'));
    await expect(tokenCommand(args, { DATA_DIR: dataDir })).rejects.toBeInstanceOf(UsageError);
  });

  it('is unavailable in production', async () => {
    await expect(tokenCommand(['--role', 'AUDITOR'], { NODE_ENV: 'production' })).rejects.toThrow('not available in production');
  });
});
