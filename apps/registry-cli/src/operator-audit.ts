import { userInfo } from 'node:os';
import type { EntityManager } from 'typeorm';
import { PostgresAuditStore } from '../../registry-api/src/audit/postgres-audit-store.js';

export interface OperatorEvent {
  /** e.g. AUDIT_ACTIONS.keysRotate */
  action: string;
  resourceType: string;
  /** An opaque id (a case id, a key version): never a protected value. */
  resourceId: string;
  /** 'denied' for a refusal worth an auditor's eye (a command pointed at the wrong register); 'ok' by default */
  outcome?: 'ok' | 'denied';
}

/** Who ran the command: REGISTRY_OPERATOR when the deployment sets it (e.g. from the operator's login), else the OS account. */
function operatorActor(env: NodeJS.ProcessEnv): string {
  const named = env.REGISTRY_OPERATOR?.trim();
  return `operator:${named || userInfo().username}`;
}

/**
 * Appends an operator's act to the service's audit chain inside the caller's transaction, so that the
 * act and its event commit together or not at all.
 */
export async function recordOperatorEvent(m: EntityManager, env: NodeJS.ProcessEnv, event: OperatorEvent): Promise<void> {
  const store = new PostgresAuditStore({ transaction: (work) => work(m), manager: m });
  await store.append({
    actor: operatorActor(env),
    roles: [],
    scope: null,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    purpose: null,
    outcome: event.outcome ?? 'ok',
    requestId: null,
    clientAddress: null,
  });
}
