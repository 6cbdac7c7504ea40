import { describe, expect, it } from '@jest/globals';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isConnectionLost } from './connection-lost.js';

describe('isConnectionLost', () => {
  it.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [new Error('Connection terminated unexpectedly')],
    [{ message: 'Query failed', driverError: { code: 'ECONNRESET' } }],
    [{ message: 'Query failed', driverError: new Error('Client has encountered a connection error and is not queryable') }],
    [new QueryRunnerProviderAlreadyReleasedError()],
  ])('a connection that is gone: %p', (error) => {
    expect(isConnectionLost(error)).toBe(true);
  });

  it.each([
    [{ code: '42P01', message: 'relation "no_such_table" does not exist' }],
    [{ code: '40001', message: 'could not serialize access' }],
    [new Error('Invalid input')],
    [undefined],
    ['Connection terminated'],
  ])('a statement refused, or no error object at all: %p', (error) => {
    expect(isConnectionLost(error)).toBe(false);
  });
});
