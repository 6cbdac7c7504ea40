import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RegistryRequest } from '../common/request-context.js';
import { callerOf } from './audit-caller.js';
import { refusalActionOf } from './audit-outcome.js';
import { AuditTrail } from './audit-trail.js';
import { auditedOperations } from './audited-operations.js';
import { OPERATION_RESOURCE_TYPE, resourceOf } from './operation-resource.js';

/**
 * Audits what the interceptor never sees: a guard's refusal (no or bad token: `auth.denied`; role:
 * `forbidden`; purpose: `purpose.missing`), exactly once per refused field. Everything else it passes
 * on unchanged: GraphQL errors are rethrown for the error formatter, HTTP ones get Nest's default.
 *
 * The event names the refused operation's resource when an ID argument gives one (the @AuditResource
 * rule is out of reach here: a filter is not told the handler), else the operation itself, as
 * `resourceType: 'operation'` with the field name as id, so an auditor sees what was attempted.
 */
@Catch()
export class AuditExceptionFilter extends BaseExceptionFilter {
  constructor(private readonly trail: AuditTrail) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return this.auditRefusal(exception, host);
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
