import { randomUUID } from 'node:crypto';
import { SAFE_REQUEST_ID } from '../common/request-id.js';
import { parsePurpose, PURPOSE_HEADER } from '../auth/purpose.guard.js';
import type { RegistryRequest } from '../common/request-context.js';

/** Who asked, as the audit log records it: the verified claims only, never the token itself. */
export interface AuditCaller {
  /** JWT `sub`, or ANONYMOUS_ACTOR when no valid token was presented. */
  actor: string;
  roles: string[];
  /** The caller's `police_region` and/or `municipality_code` claim. */
  scope: string | null;
  purpose: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

/** A caller without a verified token: an unverified `sub` would let anyone write any name into the log. */
export const ANONYMOUS_ACTOR = 'anonymous';

/** Events the service appends on its own behalf (background work, not a request). */
export const SYSTEM_CALLER: AuditCaller = {
  actor: 'system',
  roles: [],
  scope: null,
  purpose: null,
  requestId: null,
  clientAddress: null,
};

export const REQUEST_ID_HEADER = 'x-request-id';

const requestIds = new WeakMap<RegistryRequest, string>();

/** The request's id: the caller's X-Request-Id when sane, else a fresh UUID; echoed back in the response. */
export function requestIdOf(request: RegistryRequest): string {
  let id = requestIds.get(request);
  if (id !== undefined) return id;
  // The logging middleware has usually named the request already: one id in the log and the audit trail.
  const logged = (request as { id?: unknown }).id;
  const header = request.headers?.[REQUEST_ID_HEADER];
  if (typeof logged === 'string' && SAFE_REQUEST_ID.test(logged)) id = logged;
  else id = typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
  requestIds.set(request, id);
  if (request.res && !request.res.headersSent) request.res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * `scope` is the caller's own claims. For a MUNICIPALITY caller that is its municipality code, which it
 * asserts about itself on every request and which an auditor must see to tell one municipality's accounts
 * from another's (the probing limit and its anomaly are per municipality). It is also, for a municipal
 * question, the place asked from: the destination or the home municipality of what was asked about. Next
 * to a proposal or case id that would seal nothing (join it with the officers' events on the same id), so
 * municipal questions log keyed, opaque ids instead (see municipal-question-ids.ts), and the code here
 * then says only who asked, not about which case or proposal.
 */
export function callerOf(request: RegistryRequest): AuditCaller {
  const principal = request.principal;
  const scope = [principal?.policeRegion, principal?.municipalityCode].filter((part): part is string => part !== undefined).join(',');
  return {
    actor: principal?.sub ?? ANONYMOUS_ACTOR,
    roles: principal ? [...principal.roles] : [],
    scope: scope === '' ? null : scope,
    // The purpose guard has parsed it when it ran; a refusal before it still records what was claimed.
    purpose: request.accessPurpose ?? parsePurpose(request.headers?.[PURPOSE_HEADER]) ?? null,
    requestId: requestIdOf(request),
    clientAddress: request.ip ?? request.socket?.remoteAddress ?? null,
  };
}
