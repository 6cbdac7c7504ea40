import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { ForbiddenError } from '../common/errors.js';
import type { RegistryRequest } from '../common/request-context.js';
import { ConsoleSignIn } from './console-sign-in.service.js';
import { devLoginPrincipal } from './dev-login.input.js';
import { comesFromOwnOrigin } from './request-origin.js';

/**
 * POST /auth/dev-login: the development sign-in, registered only in development mode (no OIDC_* and not
 * production); anywhere else the route does not exist and answers 404 like any unknown path. It asks for
 * no password: in development anyone may be anyone, exactly as with `npm run token`.
 */
@Public()
@Controller('auth')
export class DevLoginController {
  constructor(private readonly signIns: ConsoleSignIn) {}

  /** JSON answers 204; the HTML form (application/x-www-form-urlencoded) is sent on to the console with 303. */
  @Post('dev-login')
  async devLogin(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    // Another site must not sign this browser in as someone of its choosing (login CSRF).
    if (!comesFromOwnOrigin(request, undefined)) {
      await this.signIns.refused(request, 'development', 'from another origin');
      throw new ForbiddenError("Sign-in is accepted only from the console's own pages");
    }
    let principal;
    try {
      principal = devLoginPrincipal(request.body);
    } catch (error) {
      await this.signIns.refused(request, 'development', 'invalid form');
      throw error;
    }
    await this.signIns.signIn(request, response, principal, 'development');
    if (request.is('application/x-www-form-urlencoded')) response.redirect(303, '/');
    else response.status(204).end();
  }
}
