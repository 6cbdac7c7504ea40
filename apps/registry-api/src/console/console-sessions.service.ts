import { Inject, Injectable } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { AuthenticationError, principalFromClaims, type Principal } from '@registry/auth';
import { isMunicipalityCode } from '@registry/geo';
import type { RegistryRequest } from '../common/request-context.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ConsoleSessionRepository, type ConsoleSessionRow, type SignInKind } from './console-session.repository.js';
import { comesFromOwnOrigin } from './request-origin.js';
import { SessionClock } from './session-clock.js';
import { SessionCookies, SIGN_IN_TTL_SECONDS } from './session-cookies.js';
import { csrfTokenMatches, csrfTokenOf, hashSecret, newSecret } from './session-secret.js';

/** A signed-in console user, as a request sees it. */
export interface ConsoleSession {
  readonly secretHash: Buffer;
  readonly signIn: SignInKind;
  readonly principal: Principal;
  /** the purpose stored with POST /auth/purpose (used by the CSV export only) */
  readonly purpose: string | null;
  readonly csrfToken: string;
  readonly createdAt: Date;
}

/** The header a cookie-authenticated request that changes anything must carry. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Activity within this time of the last recorded one is not written again: a session's idle clock runs
 * at most this much early, and a busy console does not write a row on every request.
 */
const TOUCH_INTERVAL_MS = 30_000;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

const NO_SESSION = 'Authentication required: the console session is missing or has expired; sign in again';
const NO_CSRF = 'Authentication required: a console request that changes anything needs its X-CSRF-Token';
const FOREIGN = "Authentication required: the console session is accepted only from the console's own pages";

/**
 * The console's sessions. A session is created at sign-in with a new secret (whatever session the browser
 * presented is deleted: no fixation), turns into the very Principal a bearer token would give, and ends
 * at sign-out, after CONSOLE_SESSION_IDLE_SECONDS without a request, or CONSOLE_SESSION_ABSOLUTE_SECONDS
 * after sign-in, whichever comes first.
 */
@Injectable()
export class ConsoleSessions {
  private readonly authenticated = new WeakMap<RegistryRequest, Promise<ConsoleSession | null>>();
  private readonly signInKind: SignInKind | null;
  private readonly idleMs: number;
  private readonly absoluteMs: number;
  private readonly ownOrigin: string | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly repository: ConsoleSessionRepository,
    private readonly clock: SessionClock,
    private readonly cookies: SessionCookies,
  ) {
    const kind = config.console.signIn.kind;
    this.signInKind = kind === 'none' ? null : kind;
    this.idleMs = config.console.idleTimeoutSeconds * 1000;
    this.absoluteMs = config.console.absoluteTimeoutSeconds * 1000;
    this.ownOrigin = config.console.origin;
  }

  /** Whether the request presents a session cookie (and no Authorization header, which wins over it). */
  presentsSession(request: RegistryRequest): boolean {
    return request.headers.authorization === undefined && this.cookies.hasSessionCookie(request);
  }

  /**
   * The request's session, or an AuthenticationError: from another origin, unknown or expired, or
   * without the session's X-CSRF-Token where one is needed (every method but GET and HEAD, and GraphQL
   * whatever its method). One look-up per request, however many GraphQL fields ask. Sets
   * `request.consoleSession`.
   */
  authenticate(request: RegistryRequest, options: { graphql: boolean }): Promise<ConsoleSession> {
    let pending = this.authenticated.get(request);
    if (!pending) {
      pending = this.lookUp(request, options.graphql || !SAFE_METHODS.has(request.method));
      this.authenticated.set(request, pending);
    }
    return pending.then((session) => {
      if (!session) throw new AuthenticationError('console session unknown or expired', NO_SESSION);
      return session;
    });
  }

  /** The request's session for GET /auth/session: not counted as activity, and never an error. */
  async current(request: RegistryRequest): Promise<ConsoleSession | null> {
    if (!comesFromOwnOrigin(request, this.ownOrigin)) return null;
    return this.find(request, false);
  }

  /**
   * A new session for a principal who has just proved who they are. The session the browser presented,
   * if any, is deleted first, and expired sessions are swept while we are here.
   */
  async signIn(request: RegistryRequest, response: ServerResponse, principal: Principal, kind: SignInKind): Promise<ConsoleSession> {
    await this.endPresented(request);
    const now = this.clock.now();
    const secret = newSecret();
    const row: ConsoleSessionRow = {
      secretHash: hashSecret(secret),
      signIn: kind,
      sub: principal.sub,
      roles: [...principal.roles],
      policeRegion: principal.policeRegion ?? null,
      municipalityCode: principal.municipalityCode ?? null,
      purpose: null,
      createdAt: now,
      lastSeenAt: now,
    };
    const m = this.uow.manager;
    await this.repository.deleteExpired(m, new Date(now.getTime() - this.idleMs), new Date(now.getTime() - this.absoluteMs));
    await this.repository.insert(m, row);
    this.cookies.setSession(response, secret);
    return { secretHash: row.secretHash, signIn: kind, principal, purpose: null, csrfToken: csrfTokenOf(secret), createdAt: now };
  }

  /** Deletes the session the request presents, if any (sign-out, or a new sign-in beginning). */
  async endPresented(request: RegistryRequest): Promise<void> {
    const secret = this.cookies.sessionSecret(request);
    if (secret) await this.repository.delete(this.uow.manager, hashSecret(secret));
  }

  async end(session: ConsoleSession, response: ServerResponse): Promise<void> {
    await this.repository.delete(this.uow.manager, session.secretHash);
    this.cookies.clearSession(response);
  }

  async setPurpose(session: ConsoleSession, purpose: string | null): Promise<void> {
    await this.repository.setPurpose(this.uow.manager, session.secretHash, purpose);
  }

  /** Records an OpenID Connect sign-in under way; its checks are derived from the returned secret. */
  async beginSignIn(response: ServerResponse): Promise<string> {
    const now = this.clock.now();
    const secret = newSecret();
    const m = this.uow.manager;
    await this.repository.deleteSignInsBefore(m, new Date(now.getTime() - SIGN_IN_TTL_SECONDS * 1000));
    await this.repository.insertSignIn(m, hashSecret(secret), now);
    this.cookies.setSignIn(response, secret);
    return secret;
  }

  /**
   * The secret of the sign-in this browser began, consumed: a second use of it (a replayed callback)
   * finds nothing. Null when none is under way, it was used already, or it is older than its time.
   */
  async takeSignIn(request: RegistryRequest, response: ServerResponse): Promise<string | null> {
    const secret = this.cookies.signInSecret(request);
    this.cookies.clearSignIn(response);
    if (!secret) return null;
    const begun = await this.repository.takeSignIn(this.uow.manager, hashSecret(secret));
    if (!begun || this.clock.now().getTime() - begun.getTime() > SIGN_IN_TTL_SECONDS * 1000) return null;
    return secret;
  }

  private async lookUp(request: RegistryRequest, needsCsrf: boolean): Promise<ConsoleSession | null> {
    if (!comesFromOwnOrigin(request, this.ownOrigin)) throw new AuthenticationError('console request from another origin', FOREIGN);
    const session = await this.find(request, true);
    if (!session) {
      if (request.res) this.cookies.clearSession(request.res);
      return null;
    }
    const secret = this.cookies.sessionSecret(request) as string;
    if (needsCsrf && !csrfTokenMatches(secret, request.headers[CSRF_HEADER])) {
      throw new AuthenticationError('console request without its CSRF token', NO_CSRF);
    }
    request.consoleSession = session;
    return session;
  }

  private async find(request: RegistryRequest, counts: boolean): Promise<ConsoleSession | null> {
    const secret = this.cookies.sessionSecret(request);
    if (!secret || !this.signInKind) return null;
    const m = this.uow.manager;
    const row = await this.repository.find(m, hashSecret(secret));
    if (!row) return null;
    const now = this.clock.now();
    const idle = now.getTime() - row.lastSeenAt.getTime() >= this.idleMs;
    const tooOld = now.getTime() - row.createdAt.getTime() >= this.absoluteMs;
    // A session from the development form means nothing once the service signs users in with OpenID Connect.
    if (idle || tooOld || row.signIn !== this.signInKind) {
      await this.repository.delete(m, row.secretHash);
      return null;
    }
    // The stored identity is checked as a token's claims would be, so a row altered in the database
    // cannot make a principal that no token could.
    let principal: Principal;
    try {
      principal = principalFromClaims(
        { sub: row.sub, roles: row.roles, police_region: row.policeRegion, municipality_code: row.municipalityCode },
        isMunicipalityCode,
      );
    } catch {
      await this.repository.delete(m, row.secretHash);
      return null;
    }
    if (counts && now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await this.repository.touch(m, row.secretHash, now);
    return {
      secretHash: row.secretHash,
      signIn: row.signIn,
      principal,
      purpose: row.purpose,
      csrfToken: csrfTokenOf(secret),
      createdAt: row.createdAt,
    };
  }
}
