import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AUDIT_ACTIONS } from '@registry/audit';
import { callerOf } from '../audit/audit-caller.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { Public } from '../auth/access.decorators.js';
import { validPurpose } from '../auth/purpose.guard.js';
import { BadUserInputError, ForbiddenError } from '../common/errors.js';
import type { RegistryRequest } from '../common/request-context.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { ConsoleSessions, type ConsoleSession } from './console-sessions.service.js';
import { ConsoleSignIn, CONSOLE_RESOURCE_TYPE } from './console-sign-in.service.js';
import { OidcClient, SIGNED_OUT_PATH } from './oidc-client.js';

/** GET /auth/session: what the console needs to know about its user, and never a token. */
export interface SessionView {
  signedIn: boolean;
  signInMode: 'development' | 'oidc' | 'none';
  user?: { sub: string; roles: string[]; policeRegion: string | null; municipalityCode: string | null };
  csrfToken?: string;
  purpose?: string | null;
  idleTimeoutSeconds: number;
}

function requireSession(request: RegistryRequest): ConsoleSession {
  // A bearer-token caller has no session to end or to keep a purpose in.
  if (!request.consoleSession) throw new ForbiddenError('Only a console session can do this');
  return request.consoleSession;
}

/**
 * The console's session routes. GET /auth/session is public (it says whether one is signed in); the POST
 * routes go through the authentication guard like every operation, which demands the session's
 * X-CSRF-Token for a cookie-authenticated request.
 */
@Controller('auth')
export class SessionController {
  private readonly signInMode: SessionView['signInMode'];
  private readonly idleTimeoutSeconds: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: ConsoleSessions,
    private readonly signIns: ConsoleSignIn,
    private readonly oidc: OidcClient,
    private readonly trail: AuditTrail,
  ) {
    this.signInMode = config.console.signIn.kind;
    this.idleTimeoutSeconds = config.console.idleTimeoutSeconds;
  }

  @Public()
  @Get('session')
  async session(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    const session = await this.sessions.current(request);
    const view: SessionView = session
      ? {
          signedIn: true,
          signInMode: this.signInMode,
          user: {
            sub: session.principal.sub,
            roles: [...session.principal.roles],
            policeRegion: session.principal.policeRegion ?? null,
            municipalityCode: session.principal.municipalityCode ?? null,
          },
          csrfToken: session.csrfToken,
          purpose: session.purpose,
          idleTimeoutSeconds: this.idleTimeoutSeconds,
        }
      : { signedIn: false, signInMode: this.signInMode, idleTimeoutSeconds: this.idleTimeoutSeconds };
    response.status(200).json(view);
  }

  /** Ends the session; `redirectTo` is where the browser goes next (the provider's sign-out, or /login). */
  @Post('logout')
  async logout(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    const session = requireSession(request);
    await this.signIns.signOut(request, response, session);
    const redirectTo = session.signIn === 'oidc' ? await this.oidc.signOutUrl() : SIGNED_OUT_PATH;
    response.status(200).json({ redirectTo });
  }

  /**
   * Stores the session's purpose for the CSV export (a download link cannot send X-Access-Purpose);
   * `null` clears it. GraphQL requests still carry their purpose in the header, as every client's do.
   */
  @Post('purpose')
  async purpose(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    const session = requireSession(request);
    const body = request.body as { purpose?: unknown } | undefined;
    const given = typeof body === 'object' && body !== null ? body.purpose : undefined;
    const purpose = given === null ? null : validPurpose(given);
    if (purpose === undefined) {
      throw new BadUserInputError(
        'purpose must be 3 to 200 characters of visible text without control or invisible formatting characters, or null',
      );
    }
    if (purpose !== null) request.accessPurpose = purpose;
    // Recorded first: no event, no change.
    await this.trail.record(
      { action: AUDIT_ACTIONS.consolePurpose, resourceType: CONSOLE_RESOURCE_TYPE, resourceId: session.signIn },
      callerOf(request),
    );
    await this.sessions.setPurpose(session, purpose);
    response.status(200).json({ purpose });
  }
}
