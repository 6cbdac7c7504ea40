/**
 * A stated reason (team changes, break-glass) is kept with the audited change and read by the auditor:
 * a few words at least, so "x" does not pass for one. The API only requires it to be non-empty.
 */
export const MIN_REASON = 10;

export function reasonProblem(reason: string): boolean {
  return reason.trim().length < MIN_REASON;
}
