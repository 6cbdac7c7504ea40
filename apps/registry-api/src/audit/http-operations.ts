import { AUDIT_ACTIONS } from '@registry/audit';
import type { RegistryRequest } from '../common/request-context.js';

/**
 * HTTP routes that are operations of their own, beside GraphQL's: a refusal of one (by a guard, or by the
 * route itself) is audited as a GraphQL field's is, under `auth.denied`, `forbidden`, `purpose.missing`,
 * … with the operation as its resource. Their successes are recorded by the routes themselves.
 */
const HTTP_OPERATIONS: ReadonlyMap<string, string> = new Map([
  ['GET /audit/export.csv', AUDIT_ACTIONS.auditExport],
  ['POST /auth/logout', AUDIT_ACTIONS.consoleSignOut],
  ['POST /auth/purpose', AUDIT_ACTIONS.consolePurpose],
]);

export function httpOperationOf(request: RegistryRequest): string | undefined {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  return HTTP_OPERATIONS.get(`${method} ${path}`);
}
