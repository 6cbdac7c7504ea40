import type { IncomingMessage } from 'node:http';

/**
 * Whether a request comes from the service's own pages, as far as the browser says. A browser names the
 * page's origin on every cross-origin request and on every POST; an Origin that is not ours, or "null"
 * (sandboxed frames, some redirects), means another site made the browser send it. Sec-Fetch-Site, where
 * the browser sends it, says the same independently. Neither header is required: a client that sends
 * neither is not a browser acting for another site.
 *
 * `ownOrigin` is the configured public origin (with OpenID Connect, that of OIDC_REDIRECT_URI); without one
 * (development) it is the origin the request was addressed to, by its Host header, over http or https.
 */
export function comesFromOwnOrigin(request: IncomingMessage, ownOrigin: string | undefined): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (ownOrigin !== undefined) return origin === ownOrigin;
  const host = request.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
