/**
 * The API's rule for a stated reason (requireReason: closing a record, ending a condition, a review's
 * decision): 3 to 1000 characters once trimmed. A case's stage changes allow 500 (LIFECYCLE_REASON).
 * Checking it here refuses a reason the API would refuse, without a request.
 */
export interface ReasonLength {
  min: number;
  max: number;
}

export const REASON_LENGTH: ReasonLength = { min: 3, max: 1000 };
export const LIFECYCLE_REASON: ReasonLength = { min: 3, max: 500 };

export type ReasonProblem = 'short' | 'long';

export function reasonProblem(reason: string, length: ReasonLength = REASON_LENGTH): ReasonProblem | undefined {
  const text = reason.trim();
  if (text.length < length.min) return 'short';
  if (text.length > length.max) return 'long';
  return undefined;
}
