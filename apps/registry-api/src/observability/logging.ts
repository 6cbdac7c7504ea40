import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { SAFE_REQUEST_ID } from '../common/request-id.js';
import type { AppConfig } from '../config/configuration.js';

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

/** pino-pretty's settings for `LOG_FORMAT=pretty`: one line a record, local time, no pid or host. */
export const PRETTY_TRANSPORT = {
  target: 'pino-pretty',
  options: { colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
} as const;

/** What a request line may say: an allow-list, so a new header or a body never slips into the log. */
function requestSummary(req: IncomingMessage & { id?: unknown; raw?: IncomingMessage }) {
  const url = (req.url ?? '').split('?')[0];
  return { id: req.id, method: req.method, path: url };
}

/**
 * Structured JSON logs (pino). The GraphQL body carries names and identity numbers in its variables and
 * the query string can too, so neither is ever logged; headers are not logged at all, and the redaction
 * list catches them should a serializer change.
 */
export function loggingParams(config: AppConfig, stream?: DestinationStream): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const offered = req.headers['x-request-id'];
          const id = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
        serializers: {
          req: requestSummary,
          res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        },
        redact: {
          paths: [
            'req.headers',
            'req.body',
            'req.query',
            'req.params',
            'headers.authorization',
            '*.authorization',
            '*["x-access-purpose"]',
            '*.cookie',
            '*["set-cookie"]',
            '*["x-csrf-token"]',
            'variables',
            '*.variables',
          ],
          censor: '[REDACTED]',
        },
        autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.includes((req.url ?? '').split('?')[0] ?? '') },
        customSuccessMessage: (_req: IncomingMessage, res: ServerResponse) => `request completed ${res.statusCode}`,
        customErrorMessage: (_req: IncomingMessage, res: ServerResponse) => `request failed ${res.statusCode}`,
        // Development only (configuration refuses it in production): the same records, redacted as above,
        // printed as readable lines by pino-pretty in a worker thread.
        ...(config.logFormat === 'pretty' && !stream ? { transport: PRETTY_TRANSPORT } : {}),
      },
      ...(stream ? [stream] : []),
    ] as Params['pinoHttp'],
  };
}
