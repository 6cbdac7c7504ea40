import Joi from 'joi';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from '@registry/auth';

export type Environment = 'development' | 'test' | 'production';

/** Validated settings: the only place the service reads process.env. */
export interface AppConfig {
  nodeEnv: Environment;
  host: string;
  port: number;
  dataDir: string;
  /** absent: the embedded PostgreSQL under dataDir */
  databaseUrl?: string;
  databasePoolSize: number;
  keyringFile?: string;
  auth: { kind: 'development' } | { kind: 'provider'; jwksFile?: string; jwksUrl?: string; issuer: string; audience: string };
  /** longest `exp - iat` a token may have, development tokens included */
  maxTokenLifetimeSeconds: number;
  nearbyRadiusKm: number;
  /** how often the re-check outbox is drained */
  recheckIntervalMs: number;
  /** requests per minute one token subject may make */
  rateLimitPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
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
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'silent').default('info'),
})
  .oxor('AUTH_JWKS_FILE', 'AUTH_JWKS_URL')
  .unknown(true);

const AUTH_KEYS = ['AUTH_JWKS_FILE', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;

/** Every production requirement that is missing, named, so an operator fixes them all in one go. */
function missingForProduction(env: Record<string, unknown>): string[] {
  const missing: string[] = [];
  if (!env.DATABASE_URL) missing.push('DATABASE_URL');
  if (!env.KEYRING_FILE) missing.push('KEYRING_FILE');
  if (!env.AUTH_JWKS_FILE && !env.AUTH_JWKS_URL) missing.push('AUTH_JWKS_FILE or AUTH_JWKS_URL');
  if (!env.AUTH_ISSUER) missing.push('AUTH_ISSUER');
  if (!env.AUTH_AUDIENCE) missing.push('AUTH_AUDIENCE');
  return missing;
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
  }
  const authGiven = AUTH_KEYS.filter((key) => env[key] !== undefined);
  let auth: AppConfig['auth'] = { kind: 'development' };
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
    databasePoolSize: env.DATABASE_POOL_SIZE,
    keyringFile: env.KEYRING_FILE,
    auth,
    maxTokenLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    nearbyRadiusKm: env.NEARBY_RADIUS_KM,
    recheckIntervalMs: env.RECHECK_INTERVAL_MS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    logLevel: env.LOG_LEVEL,
  };
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
