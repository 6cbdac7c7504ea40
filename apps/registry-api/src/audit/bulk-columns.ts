import type { AuditEventRecord } from '@registry/audit';

/** An event's fields in insert order, everything but its place in the chain. */
export function eventFieldValues(e: Omit<AuditEventRecord, 'seq' | 'prevHash' | 'hash'>): unknown[] {
  return [
    e.at,
    e.actor,
    textArrayLiteral(e.roles),
    e.scope,
    e.action,
    e.resourceType,
    e.resourceId,
    e.purpose,
    e.outcome,
    e.requestId,
    e.clientAddress,
  ];
}

/**
 * Rows to columns, for `INSERT … SELECT FROM unnest($1::…[], $2::…[], …)`: one statement and one parameter per
 * column, whether it inserts one row or thousands.
 */
export function toColumns<T>(rows: readonly T[], valuesOf: (row: T, index: number) => unknown[]): unknown[][] {
  const columns: unknown[][] = [];
  rows.forEach((row, i) => {
    valuesOf(row, i).forEach((value, column) => {
      (columns[column] ??= new Array<unknown>(rows.length))[i] = value;
    });
  });
  return columns;
}

/**
 * A PostgreSQL text[] literal: roles travel as one string per row, since unnest cannot take an array of
 * arrays; every element quoted, so a role name can never break out of it.
 */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
