import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfiguration, maxTokenLifetimeFrom } from './configuration.js';

const PRODUCTION_COMPLETE = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://registry@db.internal:5432/registry',
  KEYRING_FILE: '/run/secrets/keyring.json',
  AUTH_JWKS_URL: 'https://idp.example/jwks.json',
  AUTH_ISSUER: 'https://idp.example',
  AUTH_AUDIENCE: 'registry-api',
};

function failure(env: Record<string, string>): string {
  try {
    loadConfiguration(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('configuration', () => {
  it('defaults outside production: embedded database, development identity, port 3000', () => {
    const config = loadConfiguration({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      auth: { kind: 'development' },
      nearbyRadiusKm: 30,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfiguration({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('a bad value is one clear line naming the variable', () => {
    const message = failure({ PORT: 'eighty' });
    expect(message).toContain('PORT');
    expect(message.split('\n')).toHaveLength(1);
    expect(failure({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL');
    expect(failure({ NODE_ENV: 'staging' })).toContain('NODE_ENV');
  });

  it('production without anything names every missing setting', () => {
    const message = failure({ NODE_ENV: 'production' });
    expect(message).toBe(
      'Refusing to start in production: missing DATABASE_URL, KEYRING_FILE, AUTH_JWKS_FILE or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE',
    );
  });

  it.each(Object.keys(PRODUCTION_COMPLETE).filter((k) => k !== 'NODE_ENV'))('production without %s refuses and names it', (key) => {
    const env: Record<string, string> = { ...PRODUCTION_COMPLETE };
    delete env[key];
    expect(failure(env)).toContain(key);
  });

  it('production with everything starts with the identity provider', () => {
    expect(loadConfiguration(PRODUCTION_COMPLETE).auth).toEqual({
      kind: 'provider',
      jwksUrl: 'https://idp.example/jwks.json',
      jwksFile: undefined,
      issuer: 'https://idp.example',
      audience: 'registry-api',
    });
  });

  it('a half-configured identity provider never falls back to the development key', () => {
    expect(failure({ AUTH_ISSUER: 'https://idp.example' })).toContain('go together');
  });

  it('tokens live at most AUTH_MAX_TOKEN_LIFETIME_SECONDS: 12 hours by default, a minute to a week', () => {
    expect(loadConfiguration({}).maxTokenLifetimeSeconds).toBe(43_200);
    expect(loadConfiguration({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }).maxTokenLifetimeSeconds).toBe(3600);
    for (const bad of ['59', '604801', '1.5', 'forever'])
      expect(failure({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: bad })).toContain('AUTH_MAX_TOKEN_LIFETIME_SECONDS');
  });

  it('reads AUTH_MAX_TOKEN_LIFETIME_SECONDS alone for the token command, by the same rule', () => {
    expect(maxTokenLifetimeFrom({})).toBe(43_200);
    expect(maxTokenLifetimeFrom({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '' })).toBe(43_200);
    expect(maxTokenLifetimeFrom({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '600', PORT: 'eighty' })).toBe(600);
    expect(() => maxTokenLifetimeFrom({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '10' })).toThrow(ConfigurationError);
    expect(() => maxTokenLifetimeFrom({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '10' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
  });

  it('refuses both a JWKS file and a JWKS URL', () => {
    expect(failure({ AUTH_JWKS_FILE: '/x', AUTH_JWKS_URL: 'https://idp/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toContain(
      'AUTH_JWKS',
    );
  });
});
