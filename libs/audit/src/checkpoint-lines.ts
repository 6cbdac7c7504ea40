import { checkPayload } from './checkpoint.js';
import type { SignedCheckpoint } from './checkpoint.js';
import { InvalidCheckpointError } from './invalid-checkpoint-error.js';

/**
 * Export format for shipping checkpoints out of the database: JSON lines, one `{seq, hash, at, note}`
 * (or, for a checkpoint signed before the Merkle tree, `{seq, hash, at, jws}`) object per line, each line ending in "\n". Lines are independent so an external store can append.
 */
export function formatCheckpointLines(checkpoints: Iterable<SignedCheckpoint>): string {
  let text = '';
  for (const { seq, hash, at, jws, note } of checkpoints) {
    text += `${JSON.stringify(note === undefined ? { seq, hash, at, jws } : { seq, hash, at, note })}\n`;
  }
  return text;
}

/**
 * Reads the export format back; blank lines are skipped. Checks shape only: signatures are checked by
 * `verifyCheckpoint` / `verifyChain`.
 */
export function parseCheckpointLines(text: string): SignedCheckpoint[] {
  const checkpoints: SignedCheckpoint[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidCheckpointError(`checkpoint line ${lineNumber} is not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidCheckpointError(`checkpoint line ${lineNumber} is not an object`);
    }
    const record = value as Record<string, unknown>;
    const fields = { seq: record['seq'], hash: record['hash'], at: record['at'] };
    try {
      checkPayload(fields, InvalidCheckpointError);
    } catch (error) {
      throw new InvalidCheckpointError(`checkpoint line ${lineNumber}: ${(error as Error).message}`);
    }
    const { jws, note } = record;
    if (typeof note === 'string' && note !== '') {
      checkpoints.push({ seq: fields.seq, hash: fields.hash, at: fields.at, note });
      continue;
    }
    if (typeof jws !== 'string' || jws === '') throw new InvalidCheckpointError(`checkpoint line ${lineNumber} has no note or jws`);
    checkpoints.push({ seq: fields.seq, hash: fields.hash, at: fields.at, jws });
  }
  return checkpoints;
}
