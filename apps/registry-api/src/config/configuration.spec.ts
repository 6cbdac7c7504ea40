import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfiguration, maxTokenLifetimeFrom, retentionScheduleFrom } from './configuration.js';

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

  it('gives case details to the team by default, with 8-hour break-glass; CASE_ACCESS=region keeps the region-wide rule', () => {
    expect(loadConfiguration({})).toMatchObject({ caseAccess: 'team', breakGlassHours: 8 });
    expect(loadConfiguration({ CASE_ACCESS: 'region', BREAK_GLASS_HOURS: '2' })).toMatchObject({
      caseAccess: 'region',
      breakGlassHours: 2,
    });
    expect(failure({ CASE_ACCESS: 'everyone' })).toContain('CASE_ACCESS');
    expect(failure({ BREAK_GLASS_HOURS: '0' })).toContain('BREAK_GLASS_HOURS');
    expect(failure({ BREAK_GLASS_HOURS: '100' })).toContain('BREAK_GLASS_HOURS');
  });

  it('stops a GraphQL request after 10 seconds unless QUERY_DEADLINE_MS says otherwise (0.1 to 120 s)', () => {
    expect(loadConfiguration({}).queryDeadlineMs).toBe(10_000);
    expect(loadConfiguration({ QUERY_DEADLINE_MS: '30000' }).queryDeadlineMs).toBe(30_000);
    expect(failure({ QUERY_DEADLINE_MS: '50' })).toContain('QUERY_DEADLINE_MS');
    expect(failure({ QUERY_DEADLINE_MS: '600000' })).toContain('QUERY_DEADLINE_MS');
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

  it('logs JSON unless told otherwise; readable lines (LOG_FORMAT=pretty) only outside production', () => {
    expect(loadConfiguration({}).logFormat).toBe('json');
    expect(loadConfiguration(PRODUCTION_COMPLETE).logFormat).toBe('json');
    expect(loadConfiguration({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(failure({ ...PRODUCTION_COMPLETE, LOG_FORMAT: 'pretty' })).toBe(
      'Refusing to start in production: LOG_FORMAT=pretty is for development; production logs JSON',
    );
    expect(failure({ LOG_FORMAT: 'yaml' })).toMatch(/^Invalid configuration: "LOG_FORMAT" must be one of \[json, pretty\]$/);
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

  it('retention: a year for closed cases and ended placements, three for ended intelligence, five for audit personal fields; at least 30 days', () => {
    expect(loadConfiguration({}).retention).toEqual({
      schedule: { CLOSED_CASE: 365, ENDED_PLACEMENT: 365, PRESENCE: 1095, AFFILIATION: 1095, AUDIT_PERSONAL: 1825 },
      job: 'daily',
    });
    expect(loadConfiguration({ NODE_ENV: 'test' }).retention.job).toBe('off');
    const set = loadConfiguration({ RETENTION_CLOSED_CASE_DAYS: '730', RETENTION_PRESENCE_DAYS: '30', RETENTION_JOB: 'off' }).retention;
    expect(set).toMatchObject({ schedule: { CLOSED_CASE: 730, PRESENCE: 30 }, job: 'off' });
    expect(failure({ RETENTION_AFFILIATION_DAYS: '29' })).toMatch(
      /^Invalid configuration: "RETENTION_AFFILIATION_DAYS" must be greater than or equal to 30$/,
    );
    expect(failure({ RETENTION_ENDED_PLACEMENT_DAYS: 'a year' })).toMatch(/RETENTION_ENDED_PLACEMENT_DAYS/);
    expect(failure({ RETENTION_JOB: 'weekly' })).toMatch(/RETENTION_JOB/);
  });

  it('reads the retention schedule alone for the operator command, by the same rules', () => {
    expect(retentionScheduleFrom({ RETENTION_CLOSED_CASE_DAYS: '400', AUDIT_PERSONAL_RETENTION_DAYS: '' })).toEqual({
      CLOSED_CASE: 400,
      ENDED_PLACEMENT: 365,
      PRESENCE: 1095,
      AFFILIATION: 1095,
      AUDIT_PERSONAL: 1825,
    });
    expect(() => retentionScheduleFrom({ RETENTION_CLOSED_CASE_DAYS: '0' })).toThrow(/RETENTION_CLOSED_CASE_DAYS/);
    expect(() => retentionScheduleFrom({ AUDIT_PERSONAL_RETENTION_DAYS: '100' })).toThrow(/AUDIT_PERSONAL_RETENTION_DAYS/);
  });

  it('refuses both a JWKS file and a JWKS URL', () => {
    expect(failure({ AUTH_JWKS_FILE: '/x', AUTH_JWKS_URL: 'https://idp/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toContain(
      'AUTH_JWKS',
    );
  });
});

describe('configuration of the console', () => {
  const OIDC = {
    OIDC_ISSUER: 'https://idp.example',
    OIDC_CLIENT_ID: 'registry-console',
    OIDC_CLIENT_SECRET: 's3cret',
    OIDC_REDIRECT_URI: 'https://registry.example/auth/callback',
  };

  it('defaults: the development sign-in, 15 minutes idle, 8 hours in all, no Secure cookie, the web build in the repository', () => {
    const config = loadConfiguration({});
    expect(config.console).toMatchObject({
      signIn: { kind: 'development' },
      secureCookies: false,
      origin: undefined,
      idleTimeoutSeconds: 900,
      absoluteTimeoutSeconds: 28_800,
    });
    expect(config.console.distDir).toMatch(/apps[/\\]registry-web[/\\]dist$/);
    expect(config.console.distDir).not.toMatch(/[/\\]dist[/\\]apps[/\\]/);
    expect(loadConfiguration({ CONSOLE_DIST_DIR: '/srv/console' }).console.distDir).toBe('/srv/console');
  });

  it('OIDC_* turns OpenID Connect on: Secure cookies, the redirect URI’s origin, and no development key for bearer tokens', () => {
    const config = loadConfiguration(OIDC);
    expect(config.console).toMatchObject({
      signIn: { kind: 'oidc', issuer: 'https://idp.example', clientId: 'registry-console', scopes: 'openid', allowHttp: false },
      secureCookies: true,
      origin: 'https://registry.example',
    });
    expect(config.auth).toEqual({ kind: 'none' });
    expect(loadConfiguration({ ...OIDC, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }).auth.kind).toBe(
      'provider',
    );
  });

  it('a half-configured provider, both client credentials, or a redirect elsewhere than /auth/callback is one clear line', () => {
    for (const key of Object.keys(OIDC)) {
      const env: Record<string, string> = { ...OIDC };
      delete env[key];
      expect(failure(env)).toContain('go together');
    }
    expect(failure({ ...OIDC, OIDC_CLIENT_PRIVATE_KEY_FILE: '/k.json' })).toContain('OIDC_CLIENT_SECRET');
    expect(failure({ ...OIDC, OIDC_REDIRECT_URI: 'https://registry.example/callback' })).toContain('/auth/callback');
    expect(failure({ ...OIDC, OIDC_ISSUER: 'not a url' })).toContain('OIDC_ISSUER');
    expect(failure({ ...OIDC, OIDC_SCOPES: 'profile email' })).toContain('OIDC_SCOPES');
    expect(loadConfiguration({ ...OIDC, OIDC_SCOPES: 'openid registry' }).console.signIn).toMatchObject({ scopes: 'openid registry' });
  });

  it('http needs OIDC_ALLOW_HTTP=true, which drops Secure, and is refused in production', () => {
    const http = { ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:9000', OIDC_REDIRECT_URI: 'http://127.0.0.1:3000/auth/callback' };
    expect(failure(http)).toContain('OIDC_ISSUER must be an https URL');
    const allowed = loadConfiguration({ ...http, OIDC_ALLOW_HTTP: 'true' });
    expect(allowed.console.secureCookies).toBe(false);
    expect(failure({ OIDC_ALLOW_HTTP: 'true' })).toContain('goes with the OIDC_* settings');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/registry',
      KEYRING_FILE: '/k',
      ...http,
      OIDC_ALLOW_HTTP: 'true',
    };
    expect(failure(production)).toBe('Refusing to start in production: OIDC_ALLOW_HTTP=true is for tests only');
  });

  it('production takes OpenID Connect as its identity provider instead of AUTH_*, and always Secure cookies', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/registry', KEYRING_FILE: '/k' };
    const withOidc = loadConfiguration({ ...base, ...OIDC });
    expect(withOidc.console.signIn.kind).toBe('oidc');
    expect(withOidc.auth.kind).toBe('none');
    const apiOnly = loadConfiguration(PRODUCTION_COMPLETE);
    expect(apiOnly.console.signIn.kind).toBe('none');
    expect(apiOnly.console.secureCookies).toBe(true);
    expect(failure(base)).toContain('AUTH_JWKS_FILE or AUTH_JWKS_URL');
  });

  it('session timeouts: configurable, idle no longer than the whole', () => {
    const config = loadConfiguration({ CONSOLE_SESSION_IDLE_SECONDS: '300', CONSOLE_SESSION_ABSOLUTE_SECONDS: '3600' });
    expect(config.console).toMatchObject({ idleTimeoutSeconds: 300, absoluteTimeoutSeconds: 3600 });
    expect(failure({ CONSOLE_SESSION_IDLE_SECONDS: '30' })).toContain('CONSOLE_SESSION_IDLE_SECONDS');
    expect(failure({ CONSOLE_SESSION_ABSOLUTE_SECONDS: 'forever' })).toContain('CONSOLE_SESSION_ABSOLUTE_SECONDS');
    expect(failure({ CONSOLE_SESSION_IDLE_SECONDS: '7200', CONSOLE_SESSION_ABSOLUTE_SECONDS: '3600' })).toContain('longer than');
  });
});
