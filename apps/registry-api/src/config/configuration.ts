import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Joi from 'joi';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from '@registry/auth';
import type { RetentionSchedule } from '../retention/retention-schedule.js';

export type Environment = 'development' | 'test' | 'production';

/** Validated settings: the only place the service reads process.env. */
export interface AppConfig {
  nodeEnv: Environment;
  host: string;
  port: number;
  dataDir: string;
  /** absent: the embedded PostgreSQL under dataDir */
  databaseUrl?: string;
  /** the embedded database's template (`npm ci` makes it), copied when dataDir has no database yet */
  embeddedTemplateDir?: string;
  databasePoolSize: number;
  /**
   * Apply pending migrations at start (development and tests, one role for everything). In production the
   * service never migrates: its role may not change the schema, `npm run migrate` does it as the owner, and
   * the service refuses to start on a schema behind its code or a role that could rewrite the audit log.
   */
  migrateOnStart: boolean;
  keyringFile?: string;
  /**
   * How bearer tokens are verified: the development key, the identity provider's key set, or not at all
   * (`none`: OpenID Connect signs console users in and no AUTH_* key set is configured for API clients).
   */
  auth:
    | { kind: 'development' }
    | { kind: 'provider'; jwksFile?: string; jwksUrl?: string; issuer: string; audience: string }
    | { kind: 'none' };
  /** longest `exp - iat` a token may have, development tokens included */
  maxTokenLifetimeSeconds: number;
  nearbyRadiusKm: number;
  /** how often the re-check outbox is drained */
  recheckIntervalMs: number;
  /** requests per minute one token subject may make */
  rateLimitPerMinute: number;
  /** how long one GraphQL request may run before it is stopped (the execution budget's deadline) */
  queryDeadlineMs: number;
  /**
   * `team`: a regional officer reads a case's protected details only on its team (or through break-glass);
   * `region`: every officer of the case's region does, as before teams existed.
   */
  caseAccess: 'team' | 'region';
  /** how long a break-glass grant lasts */
  breakGlassHours: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /**
   * `json`: one JSON object a line, what production ships to its log store. `pretty`: human-readable lines
   * through pino-pretty (a development dependency), which `npm run start:dev` asks for; refused in production.
   */
  logFormat: 'json' | 'pretty';
  console: ConsoleConfig;
  audit: AuditConfig;
  retention: RetentionConfig;
}

/** How long each kind of record is kept, and whether the daily erasure runs (docs/retention.md). */
export interface RetentionConfig {
  /** Days per kind; AUDIT_PERSONAL is AUDIT_PERSONAL_RETENTION_DAYS. */
  schedule: RetentionSchedule;
  /** RETENTION_JOB: `daily` erases what has expired once a day; `off` leaves it to `registry-cli retention`. */
  job: 'daily' | 'off';
}

/** The audit log's checkpoints and who else keeps them. */
export interface AuditConfig {
  /** The checkpoint origin line and log key name (AUDIT_LOG_ORIGIN). */
  origin: string;
  /** Append-only store every checkpoint is copied to (AUDIT_CHECKPOINT_STORE_URL, e.g. file:///var/lib/registry-checkpoints). */
  checkpointStoreUrl?: string;
  /** Witnesses to ask for cosignatures: AUDIT_WITNESSES, comma-separated `<url> <verifier key>` pairs. */
  witnesses: { url: string; verifierKey: string }[];
  /** An idle log re-signs its head this often (AUDIT_HEARTBEAT_SECONDS). */
  heartbeatSeconds: number;
  /** Officer id, client address and purpose are erased from events older than this (AUDIT_PERSONAL_RETENTION_DAYS). */
  personalRetentionDays: number;
}

/** OpenID Connect sign-in for the console (authorization code flow with PKCE). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** client_secret_basic; exactly one of this and clientPrivateKeyFile */
  clientSecret?: string;
  /** a private JWK (with `alg` and `kid`) for private_key_jwt */
  clientPrivateKeyFile?: string;
  /** ends in /auth/callback; its origin is the console's public origin */
  redirectUri: string;
  /** space-separated, `openid` among them */
  scopes: string;
  /** OIDC_ALLOW_HTTP=true: an http issuer and cookies without Secure, for tests only */
  allowHttp: boolean;
}

/** The web console: how users sign in, their server-side sessions, and where the built console lies. */
export interface ConsoleConfig {
  /**
   * `development`: the sign-in form (no OIDC_* and not production); `oidc`: the configured provider;
   * `none`: production without OIDC_*, where the console has no way in and the API takes bearer tokens only.
   */
  signIn: { kind: 'development' } | ({ kind: 'oidc' } & OidcConfig) | { kind: 'none' };
  /** `Secure` (and the `__Host-` name) on the session cookie */
  secureCookies: boolean;
  /**
   * The console's public origin, which an Origin header must name: the origin of OIDC_REDIRECT_URI; absent in
   * development, where the origin the request was addressed to (its Host) is the service's own.
   */
  origin?: string;
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
  /** the built console (index.html and assets/) */
  distDir: string;
}
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** A minute at least (shorter is a clock problem, not a policy); a week at most, as the token command always allowed. */
const MAX_TOKEN_LIFETIME = Joi.number()
  .integer()
  .min(60)
  .max(7 * 24 * 3600)
  .default(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);

const RETENTION_DAYS = Joi.number()
  .integer()
  .min(30)
  .max(100 * 365);

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'test', 'production').default('development'),
  HOST: Joi.string().hostname().default('127.0.0.1'),
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  DATA_DIR: Joi.string().min(1).default('./data'),
  DATABASE_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }),
  DATABASE_POOL_SIZE: Joi.number().integer().min(1).max(100).default(10),
  KEYRING_FILE: Joi.string().min(1),
  AUTH_JWKS_FILE: Joi.string().min(1),
  AUTH_JWKS_URL: Joi.string().uri({ scheme: ['https', 'http'] }),
  AUTH_ISSUER: Joi.string().min(1),
  AUTH_AUDIENCE: Joi.string().min(1),
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: MAX_TOKEN_LIFETIME,
  NEARBY_RADIUS_KM: Joi.number().min(0).max(500).default(30),
  RECHECK_INTERVAL_MS: Joi.number().integer().min(100).max(3_600_000).default(2000),
  RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(1_000_000).default(600),
  QUERY_DEADLINE_MS: Joi.number().integer().min(100).max(120_000).default(10_000),
  CASE_ACCESS: Joi.string().valid('team', 'region').default('team'),
  BREAK_GLASS_HOURS: Joi.number().min(0.25).max(72).default(8),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'silent').default('info'),
  LOG_FORMAT: Joi.string().valid('json', 'pretty').default('json'),
  OIDC_ISSUER: Joi.string().uri({ scheme: ['https', 'http'] }),
  OIDC_CLIENT_ID: Joi.string().min(1).max(200),
  OIDC_CLIENT_SECRET: Joi.string().min(1),
  OIDC_CLIENT_PRIVATE_KEY_FILE: Joi.string().min(1),
  OIDC_REDIRECT_URI: Joi.string().uri({ scheme: ['https', 'http'] }),
  OIDC_SCOPES: Joi.string()
    .pattern(/(^| )openid( |$)/, 'space-separated scopes including openid')
    .pattern(/^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'space-separated scope tokens')
    .default('openid'),
  OIDC_ALLOW_HTTP: Joi.boolean().default(false),
  // A quarter of an hour idle and a working day in all by default; a minute idle at least (shorter is a
  // clock problem), and never more than a week in all.
  CONSOLE_SESSION_IDLE_SECONDS: Joi.number().integer().min(60).max(86_400).default(900),
  CONSOLE_SESSION_ABSOLUTE_SECONDS: Joi.number()
    .integer()
    .min(60)
    .max(7 * 24 * 3600)
    .default(8 * 3600),
  CONSOLE_DIST_DIR: Joi.string().min(1),
  AUDIT_LOG_ORIGIN: Joi.string()
    .pattern(/^[^\s+]+$/, 'a name without spaces or "+"')
    .max(200)
    .default('registry.local/audit-log'),
  AUDIT_CHECKPOINT_STORE_URL: Joi.string().uri({ scheme: ['file'] }),
  AUDIT_WITNESSES: Joi.string().max(10_000),
  AUDIT_HEARTBEAT_SECONDS: Joi.number().integer().min(1).max(86_400).default(600),
  // Five years: see docs/operations.md, "Retention of personal data in the audit log".
  // The database refuses to erase an event younger than a year (migration 1732300011100): so does this.
  AUDIT_PERSONAL_RETENTION_DAYS: Joi.number()
    .integer()
    .min(365)
    .max(100 * 365)
    .default(5 * 365),
  // docs/retention.md says which rule of brottsdatalagen / polisens brottsdatalag each default follows.
  // Thirty days at least: a slip of the finger (0, 1) must not erase the register overnight.
  RETENTION_CLOSED_CASE_DAYS: RETENTION_DAYS.default(365),
  RETENTION_ENDED_PLACEMENT_DAYS: RETENTION_DAYS.default(365),
  RETENTION_PRESENCE_DAYS: RETENTION_DAYS.default(3 * 365),
  RETENTION_AFFILIATION_DAYS: RETENTION_DAYS.default(3 * 365),
  RETENTION_JOB: Joi.string().valid('daily', 'off'),
})
  .oxor('AUTH_JWKS_FILE', 'AUTH_JWKS_URL')
  .oxor('OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY_FILE')
  .unknown(true);

const AUTH_KEYS = ['AUTH_JWKS_FILE', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;
const OIDC_KEYS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY_FILE', 'OIDC_REDIRECT_URI'] as const;

/** The one path the console's sign-in comes back to; OIDC_REDIRECT_URI must name it. */
export const OIDC_CALLBACK_PATH = '/auth/callback';

/**
 * Every production requirement that is missing, named, so an operator fixes them all in one go. An identity
 * provider is required: OpenID Connect for the console, or AUTH_* for API clients, or both.
 */
function missingForProduction(env: Record<string, unknown>): string[] {
  const missing: string[] = [];
  if (!env.DATABASE_URL) missing.push('DATABASE_URL');
  if (!env.KEYRING_FILE) missing.push('KEYRING_FILE');
  if (OIDC_KEYS.some((key) => env[key] !== undefined)) return missing;
  if (!env.AUTH_JWKS_FILE && !env.AUTH_JWKS_URL) missing.push('AUTH_JWKS_FILE or AUTH_JWKS_URL');
  if (!env.AUTH_ISSUER) missing.push('AUTH_ISSUER');
  if (!env.AUTH_AUDIENCE) missing.push('AUTH_AUDIENCE');
  return missing;
}

/**
 * The repository's root, found from this file whether it runs from the sources
 * (apps/registry-api/src/config) or compiled (dist/apps/registry-api/src/config).
 */
function repositoryRoot(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  return basename(root) === 'dist' ? dirname(root) : root;
}

/** Where `npm run build --prefix apps/registry-web` writes the console. */
function defaultConsoleDistDir(): string {
  return join(repositoryRoot(), 'apps', 'registry-web', 'dist');
}

function oidcFrom(env: Record<string, unknown>, nodeEnv: Environment): OidcConfig | undefined {
  if (!OIDC_KEYS.some((key) => env[key] !== undefined)) {
    if (env.OIDC_ALLOW_HTTP) throw new ConfigurationError('Invalid configuration: OIDC_ALLOW_HTTP goes with the OIDC_* settings');
    return undefined;
  }
  // A half-configured provider must not leave the development sign-in open.
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_REDIRECT_URI || (!env.OIDC_CLIENT_SECRET && !env.OIDC_CLIENT_PRIVATE_KEY_FILE)) {
    throw new ConfigurationError(
      'Invalid configuration: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_REDIRECT_URI and one of OIDC_CLIENT_SECRET or OIDC_CLIENT_PRIVATE_KEY_FILE go together',
    );
  }
  const allowHttp = env.OIDC_ALLOW_HTTP as boolean;
  if (allowHttp && nodeEnv === 'production') {
    throw new ConfigurationError('Refusing to start in production: OIDC_ALLOW_HTTP=true is for tests only');
  }
  for (const key of ['OIDC_ISSUER', 'OIDC_REDIRECT_URI'] as const) {
    if (!allowHttp && new URL(env[key] as string).protocol !== 'https:') {
      throw new ConfigurationError(`Invalid configuration: ${key} must be an https URL (OIDC_ALLOW_HTTP=true allows http, for tests only)`);
    }
  }
  const redirect = new URL(env.OIDC_REDIRECT_URI as string);
  if (redirect.pathname !== OIDC_CALLBACK_PATH || redirect.search !== '' || redirect.hash !== '') {
    throw new ConfigurationError(
      `Invalid configuration: OIDC_REDIRECT_URI must be the service's own ${OIDC_CALLBACK_PATH}, e.g. https://registry.example${OIDC_CALLBACK_PATH}`,
    );
  }
  return {
    issuer: env.OIDC_ISSUER as string,
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET as string | undefined,
    clientPrivateKeyFile: env.OIDC_CLIENT_PRIVATE_KEY_FILE as string | undefined,
    redirectUri: redirect.href,
    scopes: env.OIDC_SCOPES as string,
    allowHttp,
  };
}

function consoleFrom(env: Record<string, unknown>, nodeEnv: Environment): ConsoleConfig {
  const oidc = oidcFrom(env, nodeEnv);
  const idleTimeoutSeconds = env.CONSOLE_SESSION_IDLE_SECONDS as number;
  const absoluteTimeoutSeconds = env.CONSOLE_SESSION_ABSOLUTE_SECONDS as number;
  if (idleTimeoutSeconds > absoluteTimeoutSeconds) {
    throw new ConfigurationError('Invalid configuration: CONSOLE_SESSION_IDLE_SECONDS is longer than CONSOLE_SESSION_ABSOLUTE_SECONDS');
  }
  const signIn: ConsoleConfig['signIn'] = oidc
    ? { kind: 'oidc', ...oidc }
    : nodeEnv === 'production'
      ? { kind: 'none' }
      : { kind: 'development' };
  return {
    signIn,
    secureCookies: nodeEnv === 'production' || (oidc !== undefined && !oidc.allowHttp),
    origin: oidc ? new URL(oidc.redirectUri).origin : undefined,
    idleTimeoutSeconds,
    absoluteTimeoutSeconds,
    distDir: env.CONSOLE_DIST_DIR ? resolve(env.CONSOLE_DIST_DIR as string) : defaultConsoleDistDir(),
  };
}

/** Raw environment in, typed configuration out; a ConfigurationError carries one line naming the problem. */
export function loadConfiguration(rawEnv: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  // Empty strings are how shells and manifests say "unset"; treat them so.
  const input = Object.fromEntries(Object.entries(rawEnv).filter(([, value]) => value !== undefined && value !== ''));
  const { error, value: env } = schema.validate(input, { abortEarly: true, convert: true });
  if (error) throw new ConfigurationError(`Invalid configuration: ${error.message}`);

  const nodeEnv = env.NODE_ENV as Environment;
  if (nodeEnv === 'production') {
    const missing = missingForProduction(env);
    if (missing.length > 0) {
      throw new ConfigurationError(`Refusing to start in production: missing ${missing.join(', ')}`);
    }
    if (env.LOG_FORMAT === 'pretty') {
      throw new ConfigurationError('Refusing to start in production: LOG_FORMAT=pretty is for development; production logs JSON');
    }
    // The owner's URL is the migration job's alone: a service holding it could rewrite the audit log.
    if (env.DATABASE_MIGRATION_URL) {
      throw new ConfigurationError('Refusing to start in production: DATABASE_MIGRATION_URL is for `npm run migrate`, not the service');
    }
  }
  const consoleConfig = consoleFrom(env, nodeEnv);
  const authGiven = AUTH_KEYS.filter((key) => env[key] !== undefined);
  // The development key signs anyone in as anyone: only where the console's sign-in is the development form too.
  let auth: AppConfig['auth'] = consoleConfig.signIn.kind === 'development' ? { kind: 'development' } : { kind: 'none' };
  if (authGiven.length > 0) {
    // A half-configured identity provider must not silently fall back to the development key.
    if (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE || (!env.AUTH_JWKS_FILE && !env.AUTH_JWKS_URL)) {
      throw new ConfigurationError(
        'Invalid configuration: AUTH_ISSUER, AUTH_AUDIENCE and one of AUTH_JWKS_FILE or AUTH_JWKS_URL go together',
      );
    }
    auth = {
      kind: 'provider',
      jwksFile: env.AUTH_JWKS_FILE,
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
    };
  }
  return {
    nodeEnv,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    embeddedTemplateDir: env.DATABASE_URL ? undefined : join(repositoryRoot(), 'dist', '.pgdata-template'),
    databasePoolSize: env.DATABASE_POOL_SIZE,
    migrateOnStart: nodeEnv !== 'production',
    keyringFile: env.KEYRING_FILE,
    auth,
    maxTokenLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    nearbyRadiusKm: env.NEARBY_RADIUS_KM,
    recheckIntervalMs: env.RECHECK_INTERVAL_MS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    queryDeadlineMs: env.QUERY_DEADLINE_MS,
    caseAccess: env.CASE_ACCESS,
    breakGlassHours: env.BREAK_GLASS_HOURS,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    console: consoleConfig,
    audit: {
      origin: env.AUDIT_LOG_ORIGIN,
      checkpointStoreUrl: env.AUDIT_CHECKPOINT_STORE_URL,
      witnesses: witnessesFrom(env.AUDIT_WITNESSES as string | undefined),
      heartbeatSeconds: env.AUDIT_HEARTBEAT_SECONDS,
      personalRetentionDays: env.AUDIT_PERSONAL_RETENTION_DAYS,
    },
    retention: {
      schedule: {
        CLOSED_CASE: env.RETENTION_CLOSED_CASE_DAYS,
        ENDED_PLACEMENT: env.RETENTION_ENDED_PLACEMENT_DAYS,
        PRESENCE: env.RETENTION_PRESENCE_DAYS,
        AFFILIATION: env.RETENTION_AFFILIATION_DAYS,
        AUDIT_PERSONAL: env.AUDIT_PERSONAL_RETENTION_DAYS,
      },
      // Tests make their own worlds with dates long past: erasing them at start would be a surprise.
      job: env.RETENTION_JOB ?? (nodeEnv === 'test' ? 'off' : 'daily'),
    },
  };
}

/** `<url> <verifier key>[, …]`: each witness's add-checkpoint prefix and the key its cosignatures must verify under. */
function witnessesFrom(raw: string | undefined): AuditConfig['witnesses'] {
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => {
    const [url, verifierKey, ...rest] = entry.trim().split(/\s+/);
    if (!url || !verifierKey || rest.length > 0 || !/^https?:\/\//.test(url)) {
      throw new ConfigurationError('Invalid configuration: AUDIT_WITNESSES is a comma-separated list of "<http(s) url> <verifier key>"');
    }
    return { url, verifierKey };
  });
}

/**
 * AUTH_MAX_TOKEN_LIFETIME_SECONDS alone, validated as the service validates it: for the token command,
 * which must not print a token the service would refuse and has no other setting of the service to check.
 */
export function maxTokenLifetimeFrom(rawEnv: NodeJS.ProcessEnv | Record<string, string | undefined>): number {
  const raw = rawEnv.AUTH_MAX_TOKEN_LIFETIME_SECONDS;
  const { error, value } = MAX_TOKEN_LIFETIME.label('AUTH_MAX_TOKEN_LIFETIME_SECONDS').validate(raw === '' ? undefined : raw, {
    convert: true,
  });
  if (error) throw new ConfigurationError(`Invalid configuration: ${error.message}`);
  return value as number;
}

const RETENTION_KEYS = {
  CLOSED_CASE: 'RETENTION_CLOSED_CASE_DAYS',
  ENDED_PLACEMENT: 'RETENTION_ENDED_PLACEMENT_DAYS',
  PRESENCE: 'RETENTION_PRESENCE_DAYS',
  AFFILIATION: 'RETENTION_AFFILIATION_DAYS',
  AUDIT_PERSONAL: 'AUDIT_PERSONAL_RETENTION_DAYS',
} as const;

/**
 * The retention schedule alone, validated as the service validates it: for `registry-cli retention`, which
 * must erase on the schedule the service would, and needs none of the service's other settings.
 */
export function retentionScheduleFrom(rawEnv: NodeJS.ProcessEnv | Record<string, string | undefined>): RetentionSchedule {
  const entries = Object.entries(RETENTION_KEYS).map(([kind, key]) => {
    const raw = rawEnv[key];
    const { error, value } = schema
      .extract(key)
      .label(key)
      .validate(raw === '' ? undefined : raw, { convert: true });
    if (error) throw new ConfigurationError(`Invalid configuration: ${error.message}`);
    return [kind, value as number];
  });
  return Object.fromEntries(entries) as RetentionSchedule;
}
