import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { AppConfig } from '../config/configuration.js';
import { ConsolePagesController, LoginPageController } from './console-pages.controller.js';
import { ConsolePages } from './console-pages.js';
import { ConsoleSessionModule } from './console-session.module.js';
import { ConsoleSignIn } from './console-sign-in.service.js';
import { DevLoginController } from './dev-login.controller.js';
import { OidcClient } from './oidc-client.js';
import { OidcController } from './oidc.controller.js';
import { SessionController } from './session.controller.js';

/**
 * The web console's backend: its pages, its sign-in and its sessions (see docs/console.md). Which sign-in
 * routes exist depends on the configuration: the development form's POST /auth/dev-login only in
 * development, GET /login and /auth/callback of OpenID Connect only with OIDC_*; a route that is not
 * registered answers 404 like any unknown path.
 */
@Module({})
export class ConsoleModule {
  static register(config: AppConfig): DynamicModule {
    const kind = config.console.signIn.kind;
    const signInControllers: Type[] =
      kind === 'oidc' ? [OidcController] : kind === 'development' ? [DevLoginController, LoginPageController] : [LoginPageController];
    return {
      module: ConsoleModule,
      imports: [ConsoleSessionModule],
      controllers: [SessionController, ...signInControllers, ConsolePagesController],
      providers: [ConsolePages, ConsoleSignIn, OidcClient],
    };
  }
}
