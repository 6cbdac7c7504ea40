import type { AuditEventRecord } from '@registry/audit';

/** The export's columns, in order; the header row names them so. */
export const AUDIT_CSV_COLUMNS = [
  'seq',
  'at',
  'actor',
  'roles',
  'action',
  'resourceType',
  'resourceId',
  'purpose',
  'outcome',
  'hash',
] as const;

/**
 * A cell a spreadsheet would take for a formula (=, +, -, @, and tab or carriage return, which some
 * strip first) gets a leading apostrophe: an actor or a purpose is caller-chosen text, and a purpose
 * "=HYPERLINK(…)" must stay text in an auditor's spreadsheet (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, RFC 4180 style (CRLF). Roles are joined with spaces, as a role never holds one. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const AUDIT_CSV_HEADER = csvLine(AUDIT_CSV_COLUMNS);

/** What an erased personal field reads as in the export. */
export const ERASED_CELL = '(erased)';

export function auditCsvLine(event: AuditEventRecord): string {
  const erased = !!event.personal && event.personal.salt === null;
  return csvLine([
    event.seq,
    event.at,
    erased ? ERASED_CELL : event.actor,
    event.roles.join(' '),
    event.action,
    event.resourceType,
    event.resourceId,
    erased ? ERASED_CELL : event.purpose,
    event.outcome,
    event.hash,
  ]);
}
