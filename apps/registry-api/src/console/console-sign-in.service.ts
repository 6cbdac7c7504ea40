import { Injectable, Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { AUDIT_ACTIONS } from '@registry/audit';
import type { Principal } from '@registry/auth';
import { callerOf } from '../audit/audit-caller.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { RegistryRequest } from '../common/request-context.js';
import type { SignInKind } from './console-session.repository.js';
import { ConsoleSessions, type ConsoleSession } from './console-sessions.service.js';

/** Resource type of the console's own events; the id says which sign-in (development or oidc). */
export const CONSOLE_RESOURCE_TYPE = 'console';

/**
 * Sign-ins, refused sign-ins and sign-outs, each with its audit event by the principal it concerns. No
 * token, code, cookie or secret is ever part of an event; why a sign-in was refused goes to the server
 * log as a short reason only.
 */
@Injectable()
export class ConsoleSignIn {
  private readonly logger = new Logger('ConsoleSignIn');

  constructor(
    private readonly sessions: ConsoleSessions,
    private readonly trail: AuditTrail,
  ) {}

  /** A new session (replacing any the browser presented) and its event; no event, no session. */
  async signIn(request: RegistryRequest, response: ServerResponse, principal: Principal, kind: SignInKind): Promise<ConsoleSession> {
    const session = await this.sessions.signIn(request, response, principal, kind);
    request.principal = principal;
    try {
      await this.trail.record(
        { action: AUDIT_ACTIONS.consoleSignIn, resourceType: CONSOLE_RESOURCE_TYPE, resourceId: kind },
        callerOf(request),
      );
    } catch (error) {
      await this.sessions.end(session, response);
      throw error;
    }
    return session;
  }

  /**
   * `sub` only when the provider vouched for it (a signed ID token that failed on its roles or scope);
   * otherwise the refusal is anonymous, as a bad token's is.
   */
  async refused(request: RegistryRequest, kind: SignInKind, reason: string, sub?: string): Promise<void> {
    this.logger.warn(`console sign-in refused (${kind}): ${reason}`);
    const caller = callerOf(request);
    await this.trail.record(
      { action: AUDIT_ACTIONS.consoleSignInRefused, resourceType: CONSOLE_RESOURCE_TYPE, resourceId: kind, outcome: 'denied' },
      sub === undefined ? caller : { ...caller, actor: sub },
    );
  }

  /** Ends the request's session, recorded first: the event must not be lost with the session. */
  async signOut(request: RegistryRequest, response: ServerResponse, session: ConsoleSession): Promise<void> {
    await this.trail.record(
      { action: AUDIT_ACTIONS.consoleSignOut, resourceType: CONSOLE_RESOURCE_TYPE, resourceId: session.signIn },
      callerOf(request),
    );
    await this.sessions.end(session, response);
  }
}
