import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import type { RegistryRequest } from '../common/request-context.js';
import { callerOf } from './audit-caller.js';
import { AUDIT_RESOURCE_KEY, type AuditResourceRule } from './audit-resource.decorator.js';
import { AuditTrail } from './audit-trail.js';
import { auditedOperations } from './audited-operations.js';
import { resourceOf } from './operation-resource.js';

/**
 * Audits every top-level Query and Mutation field, for every resolver present and future: the
 * operation runs in one transaction, and its audit event commits with it or, for a query that only
 * read, in the chain writer's next shared commit before the answer (see AuditTrail.run). Guards run before
 * interceptors, so their refusals are audited by AuditExceptionFilter instead. Health and other HTTP
 * routes pass through untouched.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly trail: AuditTrail,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Field resolvers run without enhancers by default; should that change, they belong to their operation.
    if (info.path.prev !== undefined) return next.handle();
    auditedOperations.add(info);
    const request = gql.getContext<{ req: RegistryRequest }>().req;
    const args = gql.getArgs<Record<string, unknown>>();
    const rule = this.reflector.get<AuditResourceRule | undefined>(AUDIT_RESOURCE_KEY, context.getHandler());
    return defer(() =>
      this.trail.run(
        callerOf(request),
        info.fieldName,
        (result) => resourceOf(info, args, rule, result),
        // Subscribed here, inside the transaction, so the resolver and everything it awaits join it.
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        info.operation.operation === 'query' ? 'query' : 'mutation',
      ),
    );
  }
}
