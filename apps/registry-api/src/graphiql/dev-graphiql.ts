import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from '@nestjs/common';
import { isRole, signDevToken, type DevTokenRequest } from '@registry/auth';
import { isMunicipalityCode, isPoliceRegion } from '@registry/geo';
import type { AppConfig } from '../config/configuration.js';
import { CONTENT_SECURITY_POLICY } from '../common/security-headers.js';

/** GraphiQL's own bundle, shipped inside @graphql-yoga/render-graphiql (a development dependency). */
interface GraphiqlBundle {
  js: string;
  css: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

export const GRAPHIQL_PATH = '/graphiql';
/** What the page puts in X-Access-Purpose until the developer writes another. */
export const GRAPHIQL_PURPOSE = 'development: GraphiQL';

/**
 * The console's policy, with two widenings for this page: Monaco (GraphiQL's editor) injects <style> elements,
 * so styles may be inline here, and the bundle's fonts are data: URLs. Scripts stay our own files only: nothing inline, nothing evaluated, workers
 * from our origin.
 */
function graphiqlPolicy(): string {
  const directives: Record<string, string[]> = {
    ...CONTENT_SECURITY_POLICY,
    styleSrc: ["'self'", "'unsafe-inline'"],
    // The bundle's fonts are data: URLs inside its CSS.
    fontSrc: ["'self'", 'data:'],
    workerSrc: ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

/** The page: the bundle's files and the boot script by URL, the options as data (no inline script). */
function page(options: object): string {
  const data = JSON.stringify(options).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Registry GraphiQL (development)</title>
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/graphiql.css" />
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root" style="height: 100vh" data-options='${data}'></div>
    <script src="${GRAPHIQL_PATH}/graphiql.js"></script>
    <script src="${GRAPHIQL_PATH}/boot.js"></script>
  </body>
</html>
`;
}

/** Runs after the bundle: Monaco's workers from our own URLs, then GraphiQL with the page's options. */
const BOOT = `(function () {
  var workers = { editorWorkerService: 'editor', json: 'json', graphql: 'graphql' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return '${GRAPHIQL_PATH}/' + (workers[label] || 'editor') + '.worker.js'; },
  };
  var root = document.getElementById('root');
  YogaGraphiQL.renderYogaGraphiQL(root, JSON.parse(root.getAttribute('data-options')));
})();
`;

/** The development token's claims, from ?role=&region=&municipality= (POLICE_NATIONAL when none is given). */
function claimsOf(query: Request['query']): DevTokenRequest | string {
  const role = typeof query.role === 'string' ? query.role : 'POLICE_NATIONAL';
  if (!isRole(role)) return 'role must be one of POLICE_REGIONAL, POLICE_NATIONAL, MUNICIPALITY, AUDITOR';
  const region = typeof query.region === 'string' ? query.region : undefined;
  const municipality = typeof query.municipality === 'string' ? query.municipality : undefined;
  if (role === 'POLICE_REGIONAL' && !isPoliceRegion(region))
    return 'POLICE_REGIONAL needs region=NORD|MITT|STOCKHOLM|OST|VAST|SYD|BERGSLAGEN';
  if (role === 'MUNICIPALITY' && !(municipality && isMunicipalityCode(municipality)))
    return 'MUNICIPALITY needs municipality=<4-digit code>';
  return {
    role,
    region: role === 'POLICE_REGIONAL' && isPoliceRegion(region) ? region : undefined,
    municipality: role === 'MUNICIPALITY' ? municipality : undefined,
  };
}

/**
 * GraphiQL at /graphiql, only where development tokens are accepted (config.auth.kind `development`, which
 * production never has): the bundle comes from node_modules and is served by the service itself, so it works
 * on a network that reaches nothing else. The page opens with a development token (signed with DATA_DIR's key,
 * as `npm run token` does) and the purpose header filled in. Elsewhere nothing is mounted and /graphiql is 404.
 */
export async function serveDevGraphiql(app: NestExpressApplication, config: AppConfig): Promise<boolean> {
  if (config.nodeEnv === 'production' || config.auth.kind !== 'development') return false;
  let bundle: GraphiqlBundle;
  try {
    // A development dependency: absent from a production install, and never loaded there.
    bundle = (await import('@graphql-yoga/render-graphiql/graphiql')) as GraphiqlBundle;
  } catch {
    new Logger('GraphiQL').warn('GraphiQL is not installed (development dependencies): /graphiql is off');
    return false;
  }
  const files: Record<string, { type: string; body: string }> = {
    'graphiql.js': { type: 'text/javascript; charset=utf-8', body: bundle.js },
    'graphiql.css': { type: 'text/css; charset=utf-8', body: bundle.css },
    'boot.js': { type: 'text/javascript; charset=utf-8', body: BOOT },
    'editor.worker.js': { type: 'text/javascript; charset=utf-8', body: bundle.editorWorkerService },
    'json.worker.js': { type: 'text/javascript; charset=utf-8', body: bundle.jsonWorker },
    'graphql.worker.js': { type: 'text/javascript; charset=utf-8', body: bundle.graphqlWorker },
  };
  const policy = graphiqlPolicy();
  app.use(GRAPHIQL_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.setHeader('Content-Security-Policy', policy);
    if (request.path === '/' || request.path === '') {
      const claims = claimsOf(request.query);
      if (typeof claims === 'string') {
        response.status(400).type('text/plain').send(claims);
        return;
      }
      void signDevToken(config.dataDir, { ...claims, ttlSeconds: Math.min(3600, config.maxTokenLifetimeSeconds) }).then(
        (token) => {
          response.type('text/html; charset=utf-8').send(
            page({
              endpoint: '/graphql',
              title: 'Registry GraphiQL (development)',
              headers: JSON.stringify({ Authorization: `Bearer ${token}`, 'X-Access-Purpose': GRAPHIQL_PURPOSE }, null, 2),
              shouldPersistHeaders: false,
              defaultEditorToolsVisibility: 'headers',
              defaultQuery: '{\n  municipalities {\n    code\n    name\n  }\n}\n',
            }),
          );
        },
        (error: unknown) => next(error),
      );
      return;
    }
    const file = files[request.path.slice(1)];
    if (!file) return next();
    response.type(file.type).send(file.body);
  });
  return true;
}
