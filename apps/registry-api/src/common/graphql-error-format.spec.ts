import { describe, expect, it } from '@jest/globals';
import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthenticationError } from '@registry/auth';
import { IntegrityError } from '@registry/crypto';
import { BadUserInputError, NotFoundError } from './errors.js';
import { formatGraphQLError, MASKED_MESSAGE } from './graphql-error-format.js';

function format(original: Error | undefined, extensions: Record<string, unknown> = {}) {
  const error = new GraphQLError(original?.message ?? 'boom', { originalError: original, path: ['field'], extensions });
  return formatGraphQLError(error.toJSON(), error);
}

describe('formatGraphQLError', () => {
  it('masks anything unknown: no message, no SQL, no stack', () => {
    const sqlError = Object.assign(
      new Error('duplicate key value violates unique constraint "person_identity_number_index_key" DETAIL: Key (x)=(secret)'),
      {
        query: 'INSERT INTO person ...',
      },
    );
    const formatted = format(sqlError, { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] });
    expect(formatted).toEqual({ message: MASKED_MESSAGE, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the contract codes of our own errors', () => {
    expect(format(new NotFoundError('Case not found')).extensions).toEqual({ code: 'NOT_FOUND' });
    expect(format(new BadUserInputError('bad')).message).toBe('bad');
    expect(format(new AuthenticationError('expired')).extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(format(new AuthenticationError('expired')).message).not.toContain('expired');
  });

  it('maps an integrity failure to INTEGRITY_ERROR with a fixed message', () => {
    const formatted = format(new IntegrityError());
    expect(formatted.extensions).toEqual({ code: 'INTEGRITY_ERROR' });
    expect(formatted.message).toBe('A protected value failed its integrity check');
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(format(new ForbiddenException()).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('maps GraphQL validation errors to BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatGraphQLError(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
