import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationError, createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, devJwks, type TokenVerifier } from '@registry/auth';
import { isMunicipalityCode } from '@registry/geo';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { PurposeGuard } from './purpose.guard.js';
import { RolesGuard } from './roles.guard.js';
import { TOKEN_VERIFIER } from './auth.tokens.js';
import { RateLimitGuard } from '../throttling/rate-limit.guard.js';
import { ExpiredBudgetSweeper } from '../throttling/expired-budget.sweeper.js';
import { ConsoleSessionModule } from '../console/console-session.module.js';

async function verifierFor(config: AppConfig): Promise<TokenVerifier> {
  const isKnownMunicipality = isMunicipalityCode;
  if (config.auth.kind === 'none') {
    // OpenID Connect signs console users in and no key set is configured for API clients: no token is valid.
    return async () => {
      throw new AuthenticationError('bearer tokens are not accepted: no AUTH_* key set is configured');
    };
  }
  if (config.auth.kind === 'development') {
    return createTokenVerifier({
      keys: { jwks: await devJwks(config.dataDir) },
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      isKnownMunicipality,
      maxLifetimeSeconds: config.maxTokenLifetimeSeconds,
    });
  }
  const { jwksFile, jwksUrl, issuer, audience } = config.auth;
  return createTokenVerifier({
    keys: jwksFile ? { jwksFile } : { jwksUrl: jwksUrl as string },
    issuer,
    audience,
    isKnownMunicipality,
    maxLifetimeSeconds: config.maxTokenLifetimeSeconds,
  });
}

/** Guards run in this order on every operation: who are you, are you flooding, may your role do this, why are you asking. */
@Module({
  imports: [ConsoleSessionModule],
  providers: [
    { provide: TOKEN_VERIFIER, inject: [APP_CONFIG], useFactory: verifierFor },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: PurposeGuard },
    ExpiredBudgetSweeper,
  ],
})
export class AuthModule {}
