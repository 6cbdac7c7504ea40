import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/configuration.js';

/** Vite names every file under assets/ by its content's hash, so a name never changes its content. */
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The built console's files: assets/ cached for a year as immutable, any other file of the build (a
 * favicon, say) not cached, like everything else. The client routes answer index.html
 * (ConsolePagesController). A file that is not there falls through to the routes, and so to 404; a
 * missing build serves nothing, and the API does not need it.
 */
export function serveConsoleAssets(app: NestExpressApplication, config: AppConfig): void {
  const { distDir } = config.console;
  app.useStaticAssets(join(distDir, 'assets'), {
    prefix: '/assets/',
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    fallthrough: true,
    // Replaces the default no-store (send adds its own Cache-Control only where none is set).
    setHeaders: (response: { setHeader(name: string, value: string): void }) =>
      response.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`),
  });
  app.useStaticAssets(distDir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    fallthrough: true,
    // No setHeaders: the default no-store stands (see security-headers.ts).
  });
}
