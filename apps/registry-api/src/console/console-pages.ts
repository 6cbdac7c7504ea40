import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';

/** A page of the service's own, in plain HTML: no script, no inline style, so the CSP holds for it too. */
function page(title: string, text: string, link?: { href: string; label: string }): string {
  const anchor = link ? `\n<p><a href="${link.href}">${link.label}</a></p>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${text}</p>${anchor}
</main>
</body>
</html>
`;
}

const NOT_BUILT = page(
  'The console is not built',
  'This service serves the web console from apps/registry-web/dist, which is missing. Build it with npm run build --prefix apps/registry-web (or point CONSOLE_DIST_DIR at a build). The GraphQL API at /graphql works without it.',
);
const SIGN_IN_FAILED = page('Sign-in did not complete', 'The sign-in could not be completed, or took too long. Nothing was signed in.', {
  href: '/login',
  label: 'Sign in again',
});
const PROVIDER_UNAVAILABLE = page('Sign-in is unavailable', 'The identity provider cannot be reached just now. Try again in a moment.', {
  href: '/login',
  label: 'Try again',
});

/**
 * The console's HTML: the built single-page app's index.html for every client route (read per request,
 * so a rebuild needs no restart), or a short page of our own when there is nothing to serve.
 */
@Injectable()
export class ConsolePages {
  private readonly indexFile: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.indexFile = join(config.console.distDir, 'index.html');
  }

  async sendIndex(response: Response): Promise<void> {
    let html: Buffer;
    try {
      html = await readFile(this.indexFile);
    } catch {
      this.send(response, 503, NOT_BUILT);
      return;
    }
    this.send(response, 200, html);
  }

  sendSignInFailed(response: Response): void {
    this.send(response, 400, SIGN_IN_FAILED);
  }

  sendProviderUnavailable(response: Response): void {
    this.send(response, 503, PROVIDER_UNAVAILABLE);
  }

  private send(response: Response, status: number, html: string | Buffer): void {
    response.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).send(html);
  }
}
