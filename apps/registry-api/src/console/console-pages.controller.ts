import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { ConsolePages } from './console-pages.js';

/**
 * The console's client routes, each answered with the single-page app's index.html (it reads the path
 * itself). Only these: any other path outside the API's own answers 404, not the app.
 */
export const CLIENT_ROUTES = ['/', 'cases', 'cases/:id', 'alerts', 'overrides', 'statistics', 'clearance', 'audit'];

@Public()
@Controller()
export class ConsolePagesController {
  constructor(private readonly pages: ConsolePages) {}

  @Get(CLIENT_ROUTES)
  page(@Res() response: Response): Promise<void> {
    return this.pages.sendIndex(response);
  }
}

/** `/login` is the app's sign-in form where there is one to show (not with OpenID Connect, see OidcController). */
@Public()
@Controller()
export class LoginPageController {
  constructor(private readonly pages: ConsolePages) {}

  @Get('login')
  page(@Res() response: Response): Promise<void> {
    return this.pages.sendIndex(response);
  }
}
