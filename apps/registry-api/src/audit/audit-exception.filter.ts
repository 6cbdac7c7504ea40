import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthenticationError } from '@registry/auth';
import { RegistryError } from '../common/errors.js';
import type { RegistryRequest } from '../common/request-context.js';
import { callerOf } from './audit-caller.js';
import { refusalActionOf } from './audit-outcome.js';
import { AuditTrail } from './audit-trail.js';
import { auditedOperations } from './audited-operations.js';
import { httpOperationOf } from './http-operations.js';
import { OPERATION_RESOURCE_TYPE, resourceOf } from './operation-resource.js';

/** HTTP status of a contract code, for the routes outside GraphQL (the console's /auth and the CSV export). */
const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  PURPOSE_REQUIRED: 400,
  RATE_LIMITED: 429,
};

/**
 * Audits what the interceptor never sees: a guard's refusal (no or bad token: `auth.denied`; role:
 * `forbidden`; purpose: `purpose.missing`), exactly once per refused field. Everything else it passes
 * on unchanged: GraphQL errors are rethrown for the error formatter, HTTP ones get Nest's default.
 *
 * The event names the refused operation's resource when an ID argument gives one (the @AuditResource
 * rule is out of reach here: a filter is not told the handler), else the operation itself, as
 * `resourceType: 'operation'` with the field name as id, so an auditor sees what was attempted.
 *
 * Over plain HTTP (the console's /auth routes, the CSV export), an error with a contract code answers as
 * GraphQL would word it: its status and `{ errors: [{ message, extensions: { code } }] }`; anything else
 * (an unknown path, a body too large) keeps Nest's answer. On the HTTP routes that are operations
 * (http-operations.ts) every failure is audited as above, with the operation as the resource.
 */
@Catch()
export class AuditExceptionFilter extends BaseExceptionFilter {
  constructor(private readonly trail: AuditTrail) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const type = host.getType<GqlContextType>();
    if (type === 'http') return this.httpRefusal(exception, host);
    if (type !== 'graphql') return super.catch(exception, host);
    return this.auditRefusal(exception, host);
  }

  private async httpRefusal(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<RegistryRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    const operation = httpOperationOf(request);
    if (operation) {
      const resource = { resourceType: OPERATION_RESOURCE_TYPE, resourceId: operation };
      await this.trail.refused(callerOf(request), refusalActionOf(exception) ?? operation, resource, exception);
    }
    const contract = exception instanceof RegistryError || exception instanceof AuthenticationError ? exception : undefined;
    const status = contract ? HTTP_STATUS_BY_CODE[contract.code] : undefined;
    if (!contract || status === undefined || response.headersSent) {
      super.catch(exception, host);
      return;
    }
    response
      .status(status)
      .set('Cache-Control', 'no-store')
      .json({ errors: [{ message: contract.message, extensions: { code: contract.code } }] });
  }

  private async auditRefusal(exception: unknown, host: ArgumentsHost): Promise<never> {
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo | undefined>();
    if (info && info.path.prev === undefined && !auditedOperations.has(info)) {
      auditedOperations.add(info);
      const args = gql.getArgs<Record<string, unknown>>() ?? {};
      const derived = resourceOf(info, args, undefined);
      const resource = derived.resourceType === null ? { resourceType: OPERATION_RESOURCE_TYPE, resourceId: info.fieldName } : derived;
      const request = gql.getContext<{ req: RegistryRequest }>().req;
      await this.trail.refused(callerOf(request), refusalActionOf(exception) ?? info.fieldName, resource, exception);
    }
    throw exception;
  }
}
