/**
 * How long a stated reason may be, once trimmed. The API's requireReason (closing a known location, a hold or a
 * personal conflict) takes 3 to 1000 characters and a case's stage changes 3 to 500 (LIFECYCLE_REASON). Ending
 * a condition and a review's decision need 3 and are bounded by the request's size; the console keeps them to
 * the same 1000. Checking it here refuses a reason the API would refuse, without a request.
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
