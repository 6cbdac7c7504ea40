import { Inject, Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { isSecret } from './session-secret.js';

/** An OpenID Connect sign-in must come back within this time. */
export const SIGN_IN_TTL_SECONDS = 600;

/**
 * The console's cookies. The session cookie is the only one a signed-in browser holds: HttpOnly (no script
 * reads it), SameSite=Strict (no other site's page makes the browser send it), Path=/, and Secure with the
 * `__Host-` prefix wherever the console is served over https, which also pins it to this host. It has no
 * Max-Age: it ends with the browser, and the server ends it sooner (idle and absolute timeouts).
 *
 * The sign-in cookie lives only while an OpenID Connect sign-in is under way. It must be SameSite=Lax: the
 * provider sends the browser back with a cross-site navigation, on which a Strict cookie is not sent.
 */
@Injectable()
export class SessionCookies {
  readonly sessionName: string;
  readonly signInName: string;
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.console.secureCookies;
    this.sessionName = this.secure ? '__Host-registry_session' : 'registry_session';
    this.signInName = this.secure ? '__Host-registry_sign_in' : 'registry_sign_in';
  }

  /** The session secret the request presents, if it presents one of the right shape. */
  sessionSecret(request: IncomingMessage): string | undefined {
    return this.read(request, this.sessionName);
  }

  /** Whether the request carries the session cookie at all, well-formed or not. */
  hasSessionCookie(request: IncomingMessage): boolean {
    return this.cookies(request)[this.sessionName] !== undefined;
  }

  signInSecret(request: IncomingMessage): string | undefined {
    return this.read(request, this.signInName);
  }

  setSession(response: ServerResponse, secret: string): void {
    this.append(
      response,
      stringifySetCookie(this.sessionName, secret, { httpOnly: true, sameSite: 'strict', path: '/', secure: this.secure }),
    );
  }

  clearSession(response: ServerResponse): void {
    this.append(response, this.expired(this.sessionName, 'strict'));
  }

  setSignIn(response: ServerResponse, secret: string): void {
    this.append(
      response,
      stringifySetCookie(this.signInName, secret, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: this.secure,
        maxAge: SIGN_IN_TTL_SECONDS,
      }),
    );
  }

  clearSignIn(response: ServerResponse): void {
    this.append(response, this.expired(this.signInName, 'lax'));
  }

  private cookies(request: IncomingMessage): Record<string, string | undefined> {
    const header = request.headers.cookie;
    return typeof header === 'string' ? parseCookie(header) : {};
  }

  private read(request: IncomingMessage, name: string): string | undefined {
    const value = this.cookies(request)[name];
    return isSecret(value) ? value : undefined;
  }

  private expired(name: string, sameSite: 'strict' | 'lax'): string {
    return stringifySetCookie(name, '', { httpOnly: true, sameSite, path: '/', secure: this.secure, maxAge: 0, expires: new Date(0) });
  }

  private append(response: ServerResponse, cookie: string): void {
    if (response.headersSent) return;
    const existing = response.getHeader('Set-Cookie');
    const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
    response.setHeader('Set-Cookie', [...list, cookie]);
  }
}
