/**
 * One class per contract error code, thrown where the decision is made and turned into
 * `extensions.code` in one place (graphql-error-format.ts). Messages here reach clients: they must
 * never carry a protected value.
 */
export abstract class RegistryError extends Error {
  abstract readonly code: string;
}

export class ForbiddenError extends RegistryError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class BadUserInputError extends RegistryError {
  readonly code = 'BAD_USER_INPUT';
}

export class NotFoundError extends RegistryError {
  readonly code = 'NOT_FOUND';
  constructor(message = 'Not found') {
    super(message);
  }
}

export class PurposeRequiredError extends RegistryError {
  readonly code = 'PURPOSE_REQUIRED';
  constructor(message = 'An X-Access-Purpose header of 3 to 200 characters is required for this operation') {
    super(message);
  }
}

export class RateLimitedError extends RegistryError {
  readonly code = 'RATE_LIMITED';
  /** graphql-js copies an original error's extensions; Apollo turns `http.status` into the response status. */
  readonly extensions = { code: 'RATE_LIMITED', http: { status: 429 } };
  constructor(message = 'Too many requests; try again later') {
    super(message);
  }
}

/** Nest HTTP exceptions (from guards, pipes or libraries) by status, as contract codes. */
export const CODE_BY_HTTP_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

/**
 * A query past the limits on what one request may cost (query-cost.ts, execution-budget.ts): refused
 * whole, answered at once. The reason names the limit, never anything the query asked for.
 */
export class QueryTooExpensiveError extends RegistryError {
  readonly code = 'BAD_USER_INPUT';
  /** Refused as a bad request, like a query that fails validation. */
  readonly extensions = { code: 'BAD_USER_INPUT', http: { status: 400 } };
  constructor(reason: string) {
    super(`The query is too expensive: ${reason}. Ask for fewer fields, shorter lists or less nesting`);
  }
}
