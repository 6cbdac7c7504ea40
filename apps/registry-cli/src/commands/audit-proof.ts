import {
  DEFAULT_LOG_ORIGIN,
  chainHash,
  inclusionProof,
  leafHash,
  leafRange,
  openLogCheckpoint,
  personalMatches,
  readAuditEvents,
  treeRoot,
  verifyInclusion,
} from '@registry/audit';
import type { AuditEventRecord, Ed25519Jwk, NoteKey, SignedCheckpoint } from '@registry/audit';
import type { DataSource } from 'typeorm';
import { auditDatabaseOf } from '../../../registry-api/src/audit/audit-database.js';
import { AuditCheckpointRepository } from '../../../registry-api/src/audit/audit-checkpoint.repository.js';
import { PostgresAuditStore } from '../../../registry-api/src/audit/postgres-audit-store.js';
import { UsageError } from '../usage-error.js';

/**
 * An inclusion proof as `audit prove` prints it and `audit verify-proof` reads it: the event (every field
 * its hash covers), its place, the RFC 6962 audit path, and the checkpoint note it is proven against.
 * Nothing else is needed to check it offline but the log's public key.
 */
export interface InclusionProofFile {
  format: 'registry-audit-inclusion-proof/v1';
  event: AuditEventRecord;
  leafIndex: number;
  treeSize: number;
  /** base64 hashes, leaf end first */
  proof: string[];
  checkpoint: string;
}

/**
 * Builds the proof of event `seq` against `checkpoint` (a note over at least `seq` events) from the stored
 * events, and refuses when the stored events do not hash to the checkpoint's root: a proof is only printed
 * for a tree that was signed.
 */
export async function proveInclusion(
  dataSource: DataSource,
  seq: number,
  checkpoint: SignedCheckpoint,
  publicJwk: Ed25519Jwk,
  origin: string,
): Promise<InclusionProofFile> {
  const signed = openLogCheckpoint(checkpoint.note!, publicJwk, { origin });
  if (signed.size < seq) throw new UsageError(`no signed checkpoint covers seq ${seq} yet (the newest covers ${signed.size})`);
  const store = new PostgresAuditStore(auditDatabaseOf(dataSource));
  const leaves: Buffer[] = [];
  let event: AuditEventRecord | undefined;
  for await (const stored of readAuditEvents(store, { fromSeq: 1, toSeq: signed.size })) {
    if (stored.seq !== leaves.length + 1) throw new Error(`event ${leaves.length + 1} is missing: run audit verify`);
    leaves.push(leafHash(Buffer.from(stored.hash, 'hex')));
    if (stored.seq === seq) event = stored;
  }
  if (leaves.length !== signed.size)
    throw new Error(`the log ends at seq ${leaves.length}, before the checkpoint's size ${signed.size}: run audit verify`);
  const source = leafRange(leaves);
  if (!treeRoot(source, signed.size).equals(signed.rootHash))
    throw new Error('the stored events do not match the signed checkpoint: run audit verify');
  return {
    format: 'registry-audit-inclusion-proof/v1',
    event: event!,
    leafIndex: seq - 1,
    treeSize: signed.size,
    proof: inclusionProof(source, seq - 1, signed.size).map((hash) => hash.toString('base64')),
    checkpoint: checkpoint.note!,
  };
}

/** The newest checkpoint note in the database (the archive's, when given and larger, is preferred). */
export async function newestNoteCheckpoint(
  dataSource: DataSource,
  archived: readonly SignedCheckpoint[],
): Promise<SignedCheckpoint | null> {
  const recent = await new AuditCheckpointRepository().recent(dataSource.manager, 1);
  const candidates = [...recent.filter((c) => c.note !== undefined), ...archived];
  candidates.sort((a, b) => a.seq - b.seq || Date.parse(a.at) - Date.parse(b.at));
  return candidates[candidates.length - 1] ?? null;
}

export interface ProofCheck {
  seq: number;
  treeSize: number;
  signedAt: string;
  cosigners: string[];
}

/**
 * Checks a proof offline: the checkpoint's signature under the log's key, the event's hash recomputed from
 * its fields, and the audit path from that leaf to the signed root. `checkpointNote`, when given, replaces
 * the one in the proof file (an auditor's own copy, from the archive or a witness).
 */
export function checkInclusionProof(
  file: unknown,
  publicJwk: Ed25519Jwk,
  options: { checkpointNote?: string; origin?: string; witnesses?: readonly NoteKey[] } = {},
): ProofCheck {
  const proof = parseProofFile(file);
  const note = options.checkpointNote ?? proof.checkpoint;
  const signed = openLogCheckpoint(note, publicJwk, {
    origin: options.origin ?? DEFAULT_LOG_ORIGIN,
    ...(options.witnesses ? { witnesses: options.witnesses } : {}),
  });
  const { event } = proof;
  if (event.seq !== proof.leafIndex + 1) throw new InvalidProofError("the event is not at the proof's leaf index");
  let hash: string;
  try {
    hash = chainHash(event.prevHash, event);
  } catch (error) {
    throw new InvalidProofError(`the event is malformed: ${(error as Error).message}`);
  }
  if (hash !== event.hash) throw new InvalidProofError('the event does not match its hash');
  if (event.personal && !personalMatches(event.personal, event)) {
    throw new InvalidProofError("the event's personal fields do not match their commitments");
  }
  const path = proof.proof.map((p) => Buffer.from(p, 'base64'));
  if (signed.size !== proof.treeSize)
    throw new InvalidProofError(`the proof is for a tree of ${proof.treeSize} events, the checkpoint for ${signed.size}`);
  if (!verifyInclusion(leafHash(Buffer.from(hash, 'hex')), proof.leafIndex, signed.size, path, signed.rootHash)) {
    throw new InvalidProofError('the inclusion proof does not lead to the signed root');
  }
  return { seq: event.seq, treeSize: signed.size, signedAt: signed.timestamp, cosigners: signed.cosigners.map((c) => c.name) };
}

export class InvalidProofError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidProofError';
  }
}

function parseProofFile(file: unknown): InclusionProofFile {
  const value = file as Partial<InclusionProofFile> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    value.format !== 'registry-audit-inclusion-proof/v1' ||
    typeof value.event !== 'object' ||
    value.event === null ||
    !Number.isSafeInteger(value.leafIndex) ||
    !Number.isSafeInteger(value.treeSize) ||
    !Array.isArray(value.proof) ||
    !value.proof.every((p) => typeof p === 'string') ||
    typeof value.checkpoint !== 'string'
  ) {
    throw new InvalidProofError('not an inclusion proof file (registry-audit-inclusion-proof/v1)');
  }
  return value as InclusionProofFile;
}
