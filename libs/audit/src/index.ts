export { AUDIT_ACTIONS, AUDIT_OUTCOMES } from './audit-event.js';
export type { AuditChainHead, AuditEventDraft, AuditEventFields, AuditEventRecord, AuditOutcome } from './audit-event.js';
export { COMMITTED_ENCODING_VERSION, ENCODING_VERSION, encodeEvent } from './canonical-encoding.js';
export { GENESIS_PREV_HASH, buildNextEvent, chainHash } from './hash-chain.js';
export { CHECKPOINT_TYPE, checkpointVerifier, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
export type {
  CheckpointPayload,
  CheckpointSigningKey,
  CheckpointVerificationKey,
  CheckpointVerifier,
  SignedCheckpoint,
} from './checkpoint.js';
export { InvalidCheckpointError } from './invalid-checkpoint-error.js';
export { DEFAULT_CHECKPOINT_POLICY, checkpointDue } from './checkpoint-schedule.js';
export type { CheckpointPolicy } from './checkpoint-schedule.js';
export { formatCheckpointLines, parseCheckpointLines } from './checkpoint-lines.js';
export { verifyChain } from './chain-verification.js';
export type { ChainVerification, VerifyChainOptions } from './chain-verification.js';
export {
  CASE_RESOURCE_TYPE,
  DESTINATION_PROBE_RESOURCE_TYPE,
  MUNICIPAL_CLEARANCE_RESOURCE_TYPE,
  MUNICIPAL_DESTINATION_RESOURCE_TYPE,
  formatDestinationProbeId,
  parseDestinationProbeId,
} from './audit-resources.js';
export { MUNICIPAL_DESTINATION_LIMIT, MUNICIPAL_DESTINATION_WINDOW_MS } from './municipal-probe-limit.js';
export type { DestinationProbe } from './audit-resources.js';
export { CHECKPOINT_RESOURCE_TYPE, DEFAULT_ANOMALY_THRESHOLDS, findAnomalies } from './anomalies.js';
export type { AnomalyKind, AnomalyThresholds, AuditAnomaly } from './anomalies.js';
export type { AuditCheckpointStore, AuditStore } from './audit-store.js';
export { readAuditEvents, verifyStoredRange } from './stored-range.js';
export type { SeqRange } from './stored-range.js';
export {
  EMPTY_ROOT,
  consistencyProof,
  inclusionProof,
  leafHash,
  leafRange,
  nodeHash,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from './merkle-tree.js';
export type { NodeSource } from './merkle-tree.js';
export { CompactRange, subtreeSpans } from './compact-range.js';
export {
  COSIGNATURE_TYPE,
  ED25519_TYPE,
  InvalidNoteError,
  addSignatureLines,
  cosignatureLine,
  formatVerifierKey,
  noteKeyFromJwk,
  noteKeyId,
  parseNote,
  parseVerifierKey,
  signNote,
  verifyNote,
} from './signed-note.js';
export type { Ed25519Jwk, NoteKey, NoteSignature } from './signed-note.js';
export { formatCheckpointBody, parseCheckpointBody } from './tlog-checkpoint.js';
export type { CheckpointBody } from './tlog-checkpoint.js';
export { DEFAULT_LOG_ORIGIN, openLogCheckpoint, signLogCheckpoint } from './log-checkpoint.js';
export { archiveName, openCheckpointArchive } from './checkpoint-archive.js';
export type { CheckpointArchive } from './checkpoint-archive.js';
export { addCheckpoint, formatAddCheckpoint, parseAddCheckpoint, witnessKey } from './witness.js';
export type { AddCheckpointRequest, WitnessAnswer, WitnessConfig, WitnessedTree } from './witness.js';
export { submitToWitness } from './witness-client.js';
export type { WitnessReply } from './witness-client.js';
export { commitField, commitPersonal, newSalt, personalMatches } from './personal-commitment.js';
export type { PersonalCommitments } from './personal-commitment.js';
