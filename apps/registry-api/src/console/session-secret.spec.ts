import { describe, expect, it } from '@jest/globals';
import { csrfTokenMatches, csrfTokenOf, hashSecret, isSecret, newSecret, signInChecksOf } from './session-secret.js';

describe('session secrets', () => {
  it('are 256 random bits in base64url, never twice the same', () => {
    const secrets = new Set(Array.from({ length: 100 }, newSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(isSecret(secret)).toBe(true);
    expect(isSecret('short')).toBe(false);
    expect(isSecret(`${newSecret()};`)).toBe(false);
  });

  it('are stored as their SHA-256 only', () => {
    const secret = newSecret();
    expect(hashSecret(secret)).toHaveLength(32);
    expect(hashSecret(secret).toString('base64url')).not.toBe(secret);
  });

  it('give a CSRF token of their own that only they match', () => {
    const secret = newSecret();
    const token = csrfTokenOf(secret);
    expect(token).not.toBe(secret);
    expect(csrfTokenOf(secret)).toBe(token);
    expect(csrfTokenMatches(secret, token)).toBe(true);
    expect(csrfTokenMatches(newSecret(), token)).toBe(false);
    expect(csrfTokenMatches(secret, token.slice(1))).toBe(false);
    expect(csrfTokenMatches(secret, undefined)).toBe(false);
    expect(csrfTokenMatches(secret, [token])).toBe(false);
  });

  it('give a sign-in distinct state, nonce and a PKCE verifier of valid length', () => {
    const checks = signInChecksOf(newSecret());
    expect(new Set([checks.state, checks.nonce, checks.codeVerifier]).size).toBe(3);
    expect(checks.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
