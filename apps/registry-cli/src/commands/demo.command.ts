import { parseArgs } from 'node:util';
import { signDevToken } from '@registry/auth';
import { maxTokenLifetimeFrom } from '../../../registry-api/src/config/configuration.js';
import { runDemo } from '../demo/run-demo.js';
import { UsageError } from '../usage-error.js';

export const DEMO_USAGE = `npm run demo -- [--url URL]
  Fills the RUNNING development service (default http://127.0.0.1:3000/graphql, or DEMO_URL) with an invented
  country-wide data set, then prints tokens and ready-to-paste requests. It signs development tokens with the key
  under DATA_DIR (default ./data), so it works only against a server started without AUTH_* settings on the same
  DATA_DIR. Running it again adds another, separate data set.`;

export const DEFAULT_DEMO_URL = 'http://127.0.0.1:3000/graphql';

export async function demoCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (env.NODE_ENV === 'production') throw new UsageError('the demo is for development servers only');
  const { values } = parseArgs({ args, options: { url: { type: 'string' } }, strict: true });
  const url = values.url ?? (env.DEMO_URL || DEFAULT_DEMO_URL);
  if (!/^https?:\/\//.test(url)) throw new UsageError('--url must be an http(s) URL of the GraphQL endpoint');
  const dataDir = env.DATA_DIR || './data';
  // The printed tokens last a working day, or as long as the service accepts if that is shorter.
  const maxTtl = maxTokenLifetimeFrom(env);
  const { output } = await runDemo({
    url,
    ttlHours: Math.min(8, maxTtl / 3600),
    token: (request) => signDevToken(dataDir, { ...request, ttlSeconds: Math.min(request.ttlSeconds ?? 3600, maxTtl) }),
  });
  return output;
}
