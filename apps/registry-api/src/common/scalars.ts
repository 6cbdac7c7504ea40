import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { InvalidDateError, toDayNumber } from '@registry/checker';
import { BadUserInputError } from './errors.js';

/**
 * A calendar date as 'YYYY-MM-DD'; rejects impossible dates such as 2026-02-30. The checker's toDayNumber is
 * the one rule for what a date is: a date this scalar lets in is one the checker can compare.
 */
export function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw new BadUserInputError('Date must be a string YYYY-MM-DD');
  try {
    toDayNumber(value);
  } catch (error) {
    if (error instanceof InvalidDateError) throw new BadUserInputError(error.message);
    throw error;
  }
  return value;
}

/**
 * Years a date given to the registry may have. Births, affiliations and presences reach back decades and
 * plans a few years ahead; a year 9999 is a typo or a probe, and would sit in every interval comparison.
 */
export const INPUT_YEARS = { first: 1900, last: 2100 } as const;

/** A date a client sends: a real calendar date within INPUT_YEARS. */
export function parseInputDate(value: unknown): string {
  const date = parseDate(value);
  const year = Number(date.slice(0, 4));
  if (year < INPUT_YEARS.first || year > INPUT_YEARS.last) {
    throw new BadUserInputError(`Date must be in the years ${INPUT_YEARS.first} to ${INPUT_YEARS.last}`);
  }
  return date;
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new BadUserInputError(`${scalar} must be a string`);
  return ast.value;
}

/** Dates travel as strings end to end: a JS Date would drag a time zone into a calendar day. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  parseValue: parseInputDate,
  parseLiteral: (ast) => parseInputDate(literalString(ast, 'Date')),
  // What the registry stores is answered as it is: a stricter rule on input must not make old rows unreadable.
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
});

const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_TIME_PATTERN.test(value)) {
    throw new BadUserInputError('DateTime must be ISO 8601 with a zone, e.g. 2026-11-23T12:00:00Z');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new BadUserInputError('DateTime is not a real instant');
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with a zone',
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
});
