import { SetMetadata } from '@nestjs/common';

export const AUDIT_RESOURCE_KEY = 'registry:audit-resource';

export interface AuditResourceRule {
  type: string;
  /** Path of the id among the arguments ('caseId', 'input.caseId'); absent: the result's `id`. */
  arg?: string;
}

/**
 * Names what an operation acts on in its audit event, where the defaults (an `id`/`<type>Id` argument
 * of GraphQL type ID, else the result's id) would not: `@AuditResource('case', 'input.caseId')`.
 * Only UUID values are ever taken from arguments or results, so no name, code or number typed into an
 * argument can reach the log. A service that knows better calls `AuditTrail.describeResource`.
 */
export const AuditResource = (type: string, arg?: string): MethodDecorator =>
  SetMetadata(AUDIT_RESOURCE_KEY, { type, arg } satisfies AuditResourceRule);
