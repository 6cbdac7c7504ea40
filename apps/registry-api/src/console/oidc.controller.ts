import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticationError, principalFromClaims } from '@registry/auth';
import { isMunicipalityCode } from '@registry/geo';
import { Public } from '../auth/access.decorators.js';
import type { RegistryRequest } from '../common/request-context.js';
import { ConsolePages } from './console-pages.js';
import { ConsoleSessions } from './console-sessions.service.js';
import { ConsoleSignIn } from './console-sign-in.service.js';
import { OidcClient } from './oidc-client.js';

/** A short name for why a sign-in failed, for the server log: an error's class and code, never its text. */
function reasonOf(error: unknown): string {
  if (error instanceof AuthenticationError) return error.reason;
  const { name, code, error: oauthError } = (error ?? {}) as { name?: unknown; code?: unknown; error?: unknown };
  return [name, code, oauthError].filter((part) => typeof part === 'string').join(' ') || 'unknown error';
}

/**
 * OpenID Connect sign-in, registered only when OIDC_* is configured: GET /login sends the browser to the
 * provider, GET /auth/callback takes it back and signs the user in. The development form does not exist
 * in this mode (/auth/dev-login answers 404).
 */
@Public()
@Controller()
export class OidcController {
  private readonly logger = new Logger('ConsoleOidc');

  constructor(
    private readonly oidc: OidcClient,
    private readonly sessions: ConsoleSessions,
    private readonly signIns: ConsoleSignIn,
    private readonly pages: ConsolePages,
  ) {}

  @Get('login')
  async login(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    // A sign-in beginning ends whatever session this browser had (the callback, a cross-site navigation
    // back from the provider, will not see the SameSite=Strict session cookie).
    await this.sessions.endPresented(request);
    const secret = await this.sessions.beginSignIn(response);
    let target: URL;
    try {
      target = await this.oidc.authorizationUrl(secret);
    } catch (error) {
      // Nobody was refused: the provider's metadata could not be had. The operators' business, not the auditors'.
      this.logger.error(`identity provider unavailable: ${reasonOf(error)}`);
      this.pages.sendProviderUnavailable(response);
      return;
    }
    response.set('Cache-Control', 'no-store').redirect(303, target.href);
  }

  @Get('auth/callback')
  async callback(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    const secret = await this.sessions.takeSignIn(request, response);
    if (!secret) {
      await this.signIns.refused(request, 'oidc', 'no sign-in under way in this browser, used already, or expired');
      this.pages.sendSignInFailed(response);
      return;
    }
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    let claims: Record<string, unknown>;
    try {
      claims = await this.oidc.complete(secret, query);
    } catch (error) {
      await this.signIns.refused(request, 'oidc', reasonOf(error));
      this.pages.sendSignInFailed(response);
      return;
    }
    let principal;
    try {
      // The contract's claims, checked as a bearer token's are: known roles, a region with POLICE_REGIONAL,
      // a known municipality with MUNICIPALITY.
      principal = principalFromClaims(claims, isMunicipalityCode);
    } catch (error) {
      const sub = typeof claims.sub === 'string' && claims.sub.length <= 200 ? claims.sub : undefined;
      await this.signIns.refused(request, 'oidc', reasonOf(error), sub);
      this.pages.sendSignInFailed(response);
      return;
    }
    await this.signIns.signIn(request, response, principal, 'oidc');
    response.redirect(303, '/');
  }
}
