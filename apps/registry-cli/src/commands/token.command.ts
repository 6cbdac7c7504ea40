import { parseArgs } from 'node:util';
import { isRole, signDevToken } from '@registry/auth';
import { isMunicipalityCode, isPoliceRegion } from '@registry/geo';
import { maxTokenLifetimeFrom } from '../../../registry-api/src/config/configuration.js';
import { UsageError } from '../usage-error.js';

export const TOKEN_USAGE = `npm run token -- --role ROLE [--region REGION] [--municipality CODE] [--sub ID] [--ttl SECONDS]
  ROLE: POLICE_REGIONAL (needs --region), POLICE_NATIONAL, MUNICIPALITY (needs --municipality), AUDITOR
  Signs with the development key under DATA_DIR (default ./data); the service accepts it when no AUTH_* is set.
  --ttl defaults to 3600 and may not exceed AUTH_MAX_TOKEN_LIFETIME_SECONDS (default 43200), which the service enforces.`;

/** Prints a development token; works whether or not the server runs, since both share DATA_DIR's key. */
export async function tokenCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (env.NODE_ENV === 'production') throw new UsageError('development tokens are not available in production');
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      municipality: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
    },
    strict: true,
  });
  const { role, region, municipality, sub, ttl } = values;
  if (!isRole(role)) throw new UsageError(`--role must be one of POLICE_REGIONAL, POLICE_NATIONAL, MUNICIPALITY, AUDITOR`);
  if (role === 'POLICE_REGIONAL' && !isPoliceRegion(region)) {
    throw new UsageError('--region must be one of NORD, MITT, STOCKHOLM, OST, VAST, SYD, BERGSLAGEN');
  }
  if (role === 'MUNICIPALITY' && !(municipality && isMunicipalityCode(municipality))) {
    throw new UsageError('--municipality must be a known 4-digit SCB code, e.g. 1280');
  }
  // The service refuses a token that lives longer than this; printing one would only hand over a dud.
  const maxTtl = maxTokenLifetimeFrom(env);
  const ttlSeconds = ttl === undefined ? Math.min(3600, maxTtl) : Number(ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > maxTtl) {
    throw new UsageError(`--ttl must be a whole number of seconds from 1 to ${maxTtl} (AUTH_MAX_TOKEN_LIFETIME_SECONDS)`);
  }
  return signDevToken(env.DATA_DIR || './data', {
    role,
    region: role === 'POLICE_REGIONAL' && isPoliceRegion(region) ? region : undefined,
    municipality: role === 'MUNICIPALITY' ? municipality : undefined,
    sub,
    ttlSeconds,
  });
}
