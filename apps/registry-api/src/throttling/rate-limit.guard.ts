import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../common/errors.js';
import { requestOf } from '../common/request-context.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';

/**
 * Rate limits per token subject, not per address: officers share NAT gateways, and one stolen token
 * flooding the register must be stopped without stopping everyone behind the same address. Runs after
 * authentication (an anonymous flood is refused and audited there) and before any work is done.
 *
 * rate-limiter-flexible rather than @nestjs/throttler: the latter is CommonJS requiring NestJS 12's
 * ESM-only packages, which Jest cannot load on Node 20. The budget is per instance; with N replicas a
 * subject gets at most N times RATE_LIMIT_PER_MINUTE, which the deployment sizes for.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterMemory({ points: config.rateLimitPerMinute, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (!request.principal) return true; // public endpoints (health, metrics) carry no subject
    try {
      await this.limiter.consume(`sub:${request.principal.sub}`);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        request.res?.setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        throw new RateLimitedError();
      }
      throw rejection;
    }
  }
}
