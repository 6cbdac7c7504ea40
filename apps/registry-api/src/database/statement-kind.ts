/**
 * Whether a statement may change data. An operation whose transaction only read can have its audit event
 * committed by the audit writer's shared batch instead of its own transaction (AuditTrail.run); one that
 * may have written must stage its event with that write, so the two commit together or not at all.
 *
 * Conservative by construction: only a statement that starts as a query (SELECT, VALUES, or WITH) and
 * names nothing that writes counts as a read. Anything else (INSERT, UPDATE, DELETE, MERGE, SELECT … INTO,
 * FOR UPDATE, nextval, SAVEPOINT, SET, DDL, …) counts as a write. A mistake in that direction costs only
 * speed; the other direction would cost atomicity, so a word that merely looks like a write (in a string,
 * a comment or an identifier quoted as one) is taken as one. The one thing text cannot show is a function
 * that writes called from a SELECT: the schema has none, and repositories must not add one.
 */
const QUERY_START = /^(?:\s|\(|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:select|values|with)\b/i;
const WRITES = /\b(?:insert|update|delete|merge|into|nextval|setval|copy|call|lo_\w+|pg_notify|notify)\b/i;

/** True unless `sql` is plainly a read; see above. */
export function mayWrite(sql: string): boolean {
  return !QUERY_START.test(sql) || WRITES.test(sql);
}
