import type { CombinedError } from '@urql/core';

/** The API's error codes (API-CONTRACT.md "Errors"), plus what can go wrong before an answer arrives. */
export const ERROR_KINDS = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'PURPOSE_REQUIRED',
  'RATE_LIMITED',
  'INTEGRITY_ERROR',
  'DATA_ERASED',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A failed call to one of the service's non-GraphQL endpoints (/auth/...). */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

function isCombinedError(error: unknown): error is CombinedError {
  return typeof error === 'object' && error !== null && 'graphQLErrors' in error && Array.isArray((error as CombinedError).graphQLErrors);
}

function kindOfCode(code: unknown): ErrorKind | undefined {
  return typeof code === 'string' && (ERROR_KINDS as readonly string[]).includes(code) ? (code as ErrorKind) : undefined;
}

function kindOfStatus(status: number): ErrorKind {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400) return 'BAD_USER_INPUT';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'UNKNOWN';
}

/** What went wrong, as one of the contract's codes. The first GraphQL error decides. */
export function errorKindOf(error: unknown): ErrorKind {
  if (error instanceof HttpError) return kindOfStatus(error.status);
  if (isCombinedError(error)) {
    for (const graphQLError of error.graphQLErrors) {
      const kind = kindOfCode(graphQLError.extensions?.code);
      if (kind) return kind;
    }
    const status = error.response && typeof error.response === 'object' && 'status' in error.response ? Number(error.response.status) : 0;
    if (status && status !== 200) return kindOfStatus(status);
    if (error.networkError) return 'NETWORK';
    return 'UNKNOWN';
  }
  if (error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/**
 * The API's own words, only for BAD_USER_INPUT: those messages name the rule broken and never quote
 * the value (the API guarantees it), so they help a case worker fix the form. Every other code is
 * explained in the console's words only.
 */
export function inputProblemOf(error: unknown): string | undefined {
  if (!isCombinedError(error)) return undefined;
  const bad = error.graphQLErrors.find((graphQLError) => graphQLError.extensions?.code === 'BAD_USER_INPUT');
  return bad?.message;
}
