import type { NextFunction, Request, Response } from 'express';
import { AUDIT_ACTIONS } from '@registry/audit';
import { callerOf } from '../audit/audit-caller.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { OPERATION_RESOURCE_TYPE } from '../audit/operation-resource.js';
import type { RegistryRequest } from './request-context.js';
import { BadUserInputError } from './errors.js';

/** What body-parser's errors say (their `type`), worded for the caller: never the body, never a parser's words. */
const REASONS: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is larger than the service accepts',
  'encoding.unsupported': 'The request body has an unsupported content encoding',
  'charset.unsupported': 'The request body has an unsupported charset',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length',
  'request.aborted': 'The request body was not sent in full',
};

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

/**
 * Refusals made while reading the body, before GraphQL or any guard runs (the error handler right after the
 * body parsers): answered as GraphQL words an error, `{ errors: [{ message, extensions: { code } }] }` with
 * BAD_USER_INPUT and the parser's status (400, 413, 415), and audited like every refusal, as
 * `request.refused` by an anonymous caller (no token has been verified yet) naming the path asked for.
 * Any other error goes on to Nest unchanged.
 */
export function refuseUnreadableBodies(trail: AuditTrail) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    const { type, status } = (error ?? {}) as BodyParserError;
    const reason = typeof type === 'string' ? REASONS[type] : undefined;
    if (reason === undefined || typeof status !== 'number' || status < 400 || status > 499 || response.headersSent) {
      next(error);
      return;
    }
    const refusal = new BadUserInputError(reason);
    const path = request.path.slice(0, 100);
    void trail
      .refused(
        callerOf(request as unknown as RegistryRequest),
        AUDIT_ACTIONS.requestRefused,
        { resourceType: OPERATION_RESOURCE_TYPE, resourceId: path },
        refusal,
      )
      .then(() => {
        response
          .status(status)
          .set('Cache-Control', 'no-store')
          .json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      });
  };
}
