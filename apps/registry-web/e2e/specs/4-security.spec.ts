import { expect, test } from '../fixtures.js';
import { CONSOLE_E2E_URL } from '../service.js';

test.describe('the console’s own security', () => {
  test('sends a strict Content-Security-Policy and no-store on pages and API answers', async ({ request }) => {
    for (const path of ['/', '/login', '/cases', '/audit']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const csp = response.headers()['content-security-policy']!;
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc.trim()).toBe("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers()['cache-control']).toContain('no-store');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
    const graphql = await request.post('/graphql', { data: { query: '{ __typename }' }, headers: { 'Content-Type': 'application/json' } });
    expect(graphql.headers()['cache-control']).toContain('no-store');
  });

  test('keeps nothing readable by page scripts, and sign-out ends the server session', async ({
    page,
    browser,
    demo,
    signOut,
    signInAs,
    givePurpose,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose();
    const graphqlAnswer = page.waitForResponse((r) => r.url().endsWith('/graphql'));
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    expect((await graphqlAnswer).headers()['cache-control']).toContain('no-store');
    await expect(page.locator('path[data-code]')).toHaveCount(290);
    const exposed = await page.evaluate(() => ({
      cookie: document.cookie,
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
      html: document.documentElement.outerHTML,
    }));
    expect(exposed.cookie).toBe('');
    expect(exposed.local).toBe(0);
    expect(exposed.session).toBe(0);
    expect(exposed.html).not.toMatch(/eyJ[\w-]+\.eyJ/);
    const cookies = await page.context().cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(page.url()).not.toMatch(/token|purpose/i);

    await signOut();
    // The old cookie, replayed from elsewhere, opens nothing.
    const replay = await browser.newContext({ baseURL: CONSOLE_E2E_URL });
    await replay.addCookies(cookies);
    const session = (await (await replay.request.get('/auth/session')).json()) as { signedIn: boolean };
    expect(session.signedIn).toBe(false);
    await replay.close();
  });

  test('a page is not a frame for another site, and the console asks for a purpose before the first protected read', async ({
    page,
    signInAs,
  }) => {
    await signInAs('AUDITOR');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: 'Purpose of access' })).toBeVisible();
    // Nothing protected has been asked for yet: the table waits behind the dialog.
    await expect(page.getByRole('table', { name: 'Audit events' })).toHaveCount(0);
  });
});
