import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keyedToken } from '@registry/crypto';
import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../common/errors.js';
import { requestOf } from '../common/request-context.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { sharedRateLimiter } from './shared-rate-limiter.js';

/** The purpose a subject's keyed token is derived for: the budget table never holds the subject itself. */
const SUBJECT_TOKEN_PURPOSE = 'rate_limit.subject';

/**
 * Rate limits per token subject, not per address: officers share NAT gateways, and one stolen token
 * flooding the register must be stopped without stopping everyone behind the same address. Runs after
 * authentication (an anonymous flood is refused and audited there) and before any work is done.
 *
 * The budget is the deployment's: it lives in PostgreSQL (shared-rate-limiter.ts), so a subject gets
 * RATE_LIMIT_PER_MINUTE however many replicas serve it. The embedded PGlite keeps it in the same table,
 * so one code path is tested and a budget survives a restart.
 *
 * rate-limiter-flexible rather than @nestjs/throttler: the latter is CommonJS requiring NestJS 12's
 * ESM-only packages, which Jest cannot load on Node 20.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    private readonly keyRing: KeyRingHolder,
  ) {
    this.limiter = sharedRateLimiter(dataSource, { points: config.rateLimitPerMinute, durationSeconds: 60, keyPrefix: 'requests' });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (!request.principal) return true; // public endpoints (health, metrics) carry no subject
    try {
      await this.limiter.consume(this.subjectKey(request.principal.sub));
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        request.res?.setHeader('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
        throw new RateLimitedError();
      }
      throw rejection;
    }
  }

  private subjectKey(sub: string): string {
    return Buffer.from(keyedToken(this.keyRing.current, SUBJECT_TOKEN_PURPOSE, sub)).toString('base64url');
  }
}
