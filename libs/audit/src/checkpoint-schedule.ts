import type { CheckpointPayload } from './checkpoint.js';

/**
 * How often the head is signed. Events after the last checkpoint can be rewritten by whoever holds the
 * database without the signing key; these bound that exposure to 1,000 events or one minute of activity.
 */
export interface CheckpointPolicy {
  everyEvents: number;
  everyMs: number;
}

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = { everyEvents: 1_000, everyMs: 60_000 };

/**
 * Whether the head should be signed now: there are unsigned events and either `everyEvents` of them
 * have piled up or `everyMs` has passed since the last checkpoint. An idle log gets no new checkpoints.
 */
export function checkpointDue(
  lastCheckpoint: Pick<CheckpointPayload, 'seq' | 'at'> | null,
  head: { seq: number } | null,
  now: Date,
  policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY,
): boolean {
  if (head === null || head.seq < 1) return false;
  if (lastCheckpoint === null) return true;
  if (head.seq <= lastCheckpoint.seq) return false;
  if (head.seq - lastCheckpoint.seq >= policy.everyEvents) return true;
  return now.getTime() - Date.parse(lastCheckpoint.at) >= policy.everyMs;
}
