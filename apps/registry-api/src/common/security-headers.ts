import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The console's Content-Security-Policy: everything from our own origin, nothing inline, nothing
 * evaluated, no plugins, no <base>, and no framing by anyone (clickjacking). Images may also be data: URLs.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Headers on every response, API and console alike (helmet): the CSP above, nosniff, no referrer, a
 * browsing context of our own (COOP same-origin), no framing, no X-Powered-By. And `Cache-Control:
 * no-store` unless a route says otherwise (only the console's hashed assets do): answers of a register
 * of protected persons do not belong in any cache, the browser's included.
 */
export function securityHeaders(): Middleware[] {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  }) as Middleware;
  const noStore: Middleware = (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  };
  return [headers, noStore];
}
