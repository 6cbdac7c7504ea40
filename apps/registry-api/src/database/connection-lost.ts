import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Whether an error says the database connection itself is gone (terminated by an administrator or a
 * failover, reset, closed under the driver), as opposed to a statement the database refused. Only such a
 * failure makes retrying a read worthwhile: the same statements on a fresh connection will likely succeed.
 */
const CONNECTION_SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
]);
const SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT']);
// pg's own wording when the socket closes under a query or a checked-out client.
const DRIVER_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/;

export function isConnectionLost(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection reports an error between statements;
  // the next statement then fails with this before reaching the driver. Our transactions release their
  // runner only at commit or rollback, so inside one it means the connection died.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_SQLSTATES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
    // TypeORM's QueryFailedError keeps the driver's error beside its own.
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
