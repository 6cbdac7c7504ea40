import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerToken, type TokenVerifier } from '@registry/auth';
import { requestOf } from '../common/request-context.js';
import { ConsoleSessions } from '../console/console-sessions.service.js';
import { PUBLIC_KEY } from './access.decorators.js';
import { TOKEN_VERIFIER } from './auth.tokens.js';

/**
 * Runs first on every operation: no principal, no access (deny by default; @Public opts out). The
 * principal comes from the bearer token, or, for the console, from its session cookie (with the session's
 * CSRF token on anything that changes state): the same Principal either way, so from here on a console
 * request and an API request take one path and leave one audit trail. A request with an Authorization
 * header is judged by it alone, cookie or not.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly sessions: ConsoleSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    if (this.sessions.presentsSession(request)) {
      const graphql = context.getType<string>() === 'graphql';
      request.principal = (await this.sessions.authenticate(request, { graphql })).principal;
      return true;
    }
    request.principal = await this.verify(bearerToken(request.headers.authorization));
    return true;
  }
}
