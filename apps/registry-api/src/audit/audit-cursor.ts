import { BadUserInputError } from '../common/errors.js';

const PREFIX = 'audit:';

/**
 * Cursors are opaque to clients (base64url of the last seq returned) so the paging key can change
 * without breaking them; seq makes pages stable while the log keeps growing.
 */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0 || encodeCursor(seq) !== cursor) {
    throw new BadUserInputError('after is not a cursor returned by auditEvents');
  }
  return seq;
}
