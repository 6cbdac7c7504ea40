import type { PersonalCommitments } from './personal-commitment.js';

/** What an audit event may say happened to the request. */
export const AUDIT_OUTCOMES = ['ok', 'denied', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Actions that are not GraphQL operation names. Operations are logged under their own name
 * (`checkDestination`, `clearance`, …); these name the refusals and operator acts around them.
 */
export const AUDIT_ACTIONS = {
  authDenied: 'auth.denied',
  forbidden: 'forbidden',
  purposeMissing: 'purpose.missing',
  rateLimited: 'rate.limited',
  /** A request refused before any operation ran: a body that is not JSON, or larger than the service takes. */
  requestRefused: 'request.refused',
  keysRotate: 'keys.rotate',
  /** Key custody (key-custody helper): publishing a KEK before use, blind-index rotation, the one-time row-MAC stamping. */
  keysPublish: 'keys.publish',
  keysRotateBlindIndex: 'keys.rotateBlindIndex',
  keysBackfillRowMacs: 'keys.backfillRowMacs',
  caseShred: 'case.shred',
  proposalOverride: 'proposal.override',
  /** Beside an operation, once for each other record it names: a threat actor, a conflict's other party. */
  entityLinked: 'entity.linked',
  linkRequested: 'link.requested',
  linkDecided: 'link.decided',
  /** The web console: a session begun, a sign-in refused, a session ended, a purpose stored for the CSV export. */
  consoleSignIn: 'console.signIn',
  consoleSignInRefused: 'console.signInRefused',
  consoleSignOut: 'console.signOut',
  consolePurpose: 'console.purpose',
  /** GET /audit/export.csv, named like the GraphQL operations it stands beside */
  auditExport: 'auditExport',
  /** The checkpoint signer refused a tree that does not extend its last checkpoint, or a witness refused to cosign one: an alarm. */
  checkpointRefused: 'audit.checkpointRefused',
  /** The retention job erased the personal fields of events older than the retention period. */
  personalFieldsErased: 'audit.personalErased',
  /** The retention job's run: counts of what it erased per kind of record, never an id or a value. */
  retentionRun: 'retention.run',
  /** `registry-cli demo-history` moved a demo register's recorded events into past months: counts only. */
  demoHistory: 'demo.history',
} as const;

/**
 * One entry of the append-only, hash-chained audit log.
 *
 * The log is read by auditors and may leave the database as an export, so no field may ever hold a
 * protected value: `resourceId` is an opaque row id (a UUID, a destination-probe id built by
 * `formatDestinationProbeId`, or for a municipality's questions keyed tokens that name no row), never a
 * name, identity number, placement municipality or network name;
 * `purpose` is the caller's own `X-Access-Purpose` text.
 */
export interface AuditEventRecord {
  /** Position in the chain: 1, 2, 3, … with no gaps. */
  seq: number;
  /** ISO 8601 UTC with milliseconds, exactly as `Date.prototype.toISOString` writes it. */
  at: string;
  /** The JWT `sub` of the caller; '' once erased (see `personal`). */
  actor: string;
  roles: string[];
  /** The caller's `police_region` or `municipality_code` claim, if any. */
  scope: string | null;
  action: string;
  resourceType: string | null;
  /** Opaque id of the resource acted on; never a protected value. */
  resourceId: string | null;
  purpose: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  clientAddress: string | null;
  /**
   * Version 2 events (since 1732300011000): actor, purpose and clientAddress enter the hash as these
   * commitments, and the values (with the salt) can be erased after the retention period while the hash
   * still verifies; once erased, `salt` is null, actor '' and purpose and clientAddress null. Absent (or
   * null) for a version 1 event, which hashed the values in clear.
   */
  personal?: PersonalCommitments | null;
  /** Hex SHA-256 of the event before; 64 zeros for seq 1. */
  prevHash: string;
  /** Hex SHA-256 over prevHash and this event's canonical encoding. */
  hash: string;
}

/** Everything the hash covers: the record without its own hash. */
export type AuditEventFields = Omit<AuditEventRecord, 'hash'>;

/** What a caller hands to the store; the chain position and hashes are filled in at append time. */
export type AuditEventDraft = Omit<AuditEventRecord, 'seq' | 'at' | 'prevHash' | 'hash' | 'personal'> & {
  /** Defaults to the time the event is built. */
  at?: string;
};

/** The last event of a chain, as far as the next one needs it. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}
