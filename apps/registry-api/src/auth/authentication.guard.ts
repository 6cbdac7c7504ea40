import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerToken, type TokenVerifier } from '@registry/auth';
import { requestOf } from '../common/request-context.js';
import { PUBLIC_KEY } from './access.decorators.js';
import { TOKEN_VERIFIER } from './auth.tokens.js';

/** Runs first on every operation: no principal, no access (deny by default; @Public opts out). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    request.principal = await this.verify(bearerToken(request.headers.authorization));
    return true;
  }
}
