import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The secrets a browser holds: 256 random bits, base64url, in a cookie. The database keeps only their
 * SHA-256, so whoever reads the table (a backup, a replica, an operator) cannot present one. Everything
 * else a secret stands for is derived from it with HMAC-SHA-256 under a fixed label: the session's CSRF
 * token, and a sign-in's OAuth state, nonce and PKCE verifier. Knowing a derived value reveals nothing of
 * the secret, and the hash in the database reveals none of them.
 */
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** Only the shape a secret of ours has; anything else is not worth a database look-up. */
export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

function derive(secret: string, label: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64url')).update(label, 'utf8').digest('base64url');
}

/** The session's CSRF token: sent by the console as X-CSRF-Token, which a cross-site page cannot read or forge. */
export function csrfTokenOf(secret: string): string {
  return derive(secret, 'registry-console/csrf');
}

export function csrfTokenMatches(secret: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(secret), 'utf8');
  const given = Buffer.from(presented, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What an OpenID Connect sign-in checks on the way back, all bound to the browser's sign-in cookie. */
export interface SignInChecks {
  state: string;
  nonce: string;
  /** PKCE code verifier: 43 characters of base64url, as RFC 7636 allows */
  codeVerifier: string;
}

export function signInChecksOf(secret: string): SignInChecks {
  return {
    state: derive(secret, 'registry-console/oidc-state'),
    nonce: derive(secret, 'registry-console/oidc-nonce'),
    codeVerifier: derive(secret, 'registry-console/oidc-pkce'),
  };
}
