import { DemoClient, type Fetch, type TokenFactory } from './demo-client.js';
import { loadDemoDataset, type LoadedDemo } from './demo-loader.js';
import { formatWalkthrough, walkthroughCallers, WALKTHROUGH_TOKENS, type WalkthroughToken } from './demo-walkthrough.js';

export interface DemoRun {
  demo: LoadedDemo;
  tokens: Record<WalkthroughToken, string>;
  /** what `npm run demo` prints */
  output: string;
}

export interface RunDemoOptions {
  /** the service's GraphQL endpoint */
  url: string;
  token: TokenFactory;
  fetch?: Fetch;
  /** how long the printed tokens last */
  ttlHours?: number;
  today?: string;
}

/** Loads a demo data set into the service at `url` and prepares the walkthrough for it. */
export async function runDemo(options: RunDemoOptions): Promise<DemoRun> {
  const ttlHours = options.ttlHours ?? 8;
  const demo = await loadDemoDataset({ client: new DemoClient(options.url, options.fetch), token: options.token, today: options.today });
  const callers = walkthroughCallers(demo);
  const tokens = {} as Record<WalkthroughToken, string>;
  for (const name of WALKTHROUGH_TOKENS) tokens[name] = await options.token({ ...callers[name].request, ttlSeconds: ttlHours * 3600 });
  return { demo, tokens, output: formatWalkthrough(options.url, demo, tokens, ttlHours) };
}
