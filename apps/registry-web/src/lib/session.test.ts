import { describe, expect, it } from 'vitest';
import { parseSession, safeRedirect } from './session';

describe('session', () => {
  it('reads GET /auth/session', () => {
    const session = parseSession({
      signedIn: true,
      signInMode: 'oidc',
      user: { sub: 'u1', roles: ['POLICE_REGIONAL', 'SOMETHING_ELSE'], policeRegion: 'SYD', municipalityCode: null },
      csrfToken: 'csrf',
      purpose: 'AVH-1',
      idleTimeoutSeconds: 600,
    });
    expect(session).toEqual({
      signedIn: true,
      signInMode: 'oidc',
      user: { sub: 'u1', roles: ['POLICE_REGIONAL'], policeRegion: 'SYD', municipalityCode: null },
      csrfToken: 'csrf',
      purpose: 'AVH-1',
      idleTimeoutSeconds: 600,
    });
  });

  it('treats what it does not understand as signed out', () => {
    expect(parseSession(null).signedIn).toBe(false);
    expect(parseSession({ signedIn: true, user: { roles: ['ADMIN'] } }).signedIn).toBe(false);
    expect(parseSession({ signedIn: false }).signInMode).toBe('development');
    expect(parseSession({ signedIn: false, signInMode: 'none' }).signInMode).toBe('none');
  });

  it('goes after sign-out only to a path here or an http(s) page', () => {
    expect(safeRedirect('/login')).toBe('/login');
    expect(safeRedirect('https://idp.example/logout?x=1')).toBe('https://idp.example/logout?x=1');
    expect(safeRedirect('//evil.example')).toBe('/login');
    expect(safeRedirect('javascript:alert(1)')).toBe('/login');
    expect(safeRedirect(undefined)).toBe('/login');
  });
});
