import { HttpException } from '@nestjs/common';
import { CODE_BY_HTTP_STATUS } from '../common/errors.js';
import { GraphQLError } from 'graphql';
import { AUDIT_ACTIONS } from '@registry/audit';
import type { AuditOutcome } from '@registry/audit';

/** Contract codes that mean "refused": the caller's doing. Anything else that fails is an `error`. */
const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'PURPOSE_REQUIRED',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
]);

/** Refusals made before an operation runs (by the guards) are logged under these actions. */
const REFUSAL_ACTIONS: Record<string, string> = {
  UNAUTHENTICATED: AUDIT_ACTIONS.authDenied,
  FORBIDDEN: AUDIT_ACTIONS.forbidden,
  PURPOSE_REQUIRED: AUDIT_ACTIONS.purposeMissing,
  RATE_LIMITED: AUDIT_ACTIONS.rateLimited,
};

/** The contract code an error will carry, as far as it declares one. */
function codeOf(error: unknown): string | undefined {
  if (error instanceof HttpException) return CODE_BY_HTTP_STATUS[error.getStatus()];
  if (error instanceof GraphQLError) {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function outcomeOf(error: unknown): AuditOutcome {
  const code = codeOf(error);
  return code !== undefined && REFUSAL_CODES.has(code) ? 'denied' : 'error';
}

/** `auth.denied`, `forbidden`, `purpose.missing` or `rate.limited` for a guard's refusal, else null. */
export function refusalActionOf(error: unknown): string | null {
  const code = codeOf(error);
  return (code !== undefined && REFUSAL_ACTIONS[code]) || null;
}
