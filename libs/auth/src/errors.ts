/**
 * A token (or a console session) that cannot be trusted. The message is deliberately generic: telling a caller which check
 * failed (issuer, audience, signature, expiry) helps an attacker tune a forgery; the reason goes to
 * the server log through `reason` instead.
 */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';

  constructor(
    readonly reason: string,
    message = 'Authentication required: the bearer token is missing or not valid',
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}
