import { Logger } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError } from '@registry/auth';
import { CODE_BY_HTTP_STATUS, RegistryError } from './errors.js';
import { withoutInputValues } from './value-free-message.js';

const logger = new Logger('GraphQLErrors');

/** Apollo's own codes for a query that never reached a resolver: the client sent something malformed. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const MASKED_MESSAGE = 'Internal server error';

interface ErrorWithCode {
  code?: unknown;
}

function classify(original: unknown, apolloCode: unknown): { code: string; message?: string } {
  if (original instanceof RegistryError) return { code: original.code, message: original.message };
  if (original instanceof AuthenticationError) return { code: original.code, message: original.message };
  const code = (original as ErrorWithCode | undefined)?.code;
  // Library errors that declare a contract code (e.g. crypto's IntegrityError) keep it, not their message.
  if (code === 'INTEGRITY_ERROR') {
    // Tampering, a value moved between rows, or a wrong key: a security event, never a silent null.
    logger.warn('SECURITY: a sealed value failed authentication on decryption');
    return { code, message: 'A protected value failed its integrity check' };
  }
  // e.g. an invalid identity number: the library's message is written for clients and never echoes the value.
  if (code === 'BAD_USER_INPUT') return { code, message: (original as Error).message };
  if (original instanceof HttpException) {
    const mapped = CODE_BY_HTTP_STATUS[original.getStatus()];
    if (mapped) return { code: mapped, message: original.message };
  }
  // Parse and validation errors never reached our code; graphql-js wraps them in GraphQLErrors of its own.
  const fromGraphQL = original === undefined || original instanceof GraphQLError;
  if (fromGraphQL && typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
    return { code: 'BAD_USER_INPUT' };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: MASKED_MESSAGE };
}

/**
 * Every error leaving the API passes here. Known errors keep their code and message; anything else is
 * masked, so no stack, SQL or internal message ever reaches a client, and is logged by class only.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
  const { code, message } = classify(original, formatted.extensions?.code);
  if (code === 'INTERNAL_SERVER_ERROR') {
    logger.error(`Unhandled ${(original as Error | undefined)?.name ?? 'error'} at ${formatted.path?.join('.') ?? '(no path)'}`);
  }
  return {
    // graphql-js's own input errors quote the offending value; ours never do.
    message: message ?? (code === 'BAD_USER_INPUT' ? withoutInputValues(formatted.message) : formatted.message),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
}
