import { parseArgs } from 'node:util';
import { isRole, signDevToken } from '@registry/auth';
import { isMunicipalityCode, isPoliceRegion } from '@registry/geo';
import { UsageError } from '../usage-error.js';

export const TOKEN_USAGE = `npm run token -- --role ROLE [--region REGION] [--municipality CODE] [--sub ID] [--ttl SECONDS]
  ROLE: POLICE_REGIONAL (needs --region), POLICE_NATIONAL, MUNICIPALITY (needs --municipality), AUDITOR
  Signs with the development key under DATA_DIR (default ./data); the service accepts it when no AUTH_* is set.`;

const MAX_TTL_SECONDS = 7 * 24 * 3600;

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
  const ttlSeconds = ttl === undefined ? 3600 : Number(ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new UsageError(`--ttl must be a whole number of seconds from 1 to ${MAX_TTL_SECONDS}`);
  }
  return signDevToken(env.DATA_DIR || './data', {
    role,
    region: role === 'POLICE_REGIONAL' && isPoliceRegion(region) ? region : undefined,
    municipality: role === 'MUNICIPALITY' ? municipality : undefined,
    sub,
    ttlSeconds,
  });
}
