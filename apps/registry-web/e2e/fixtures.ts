import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CONSOLE_E2E_URL, STATE_FILE, type E2eState } from './service.js';

export type Role = 'POLICE_REGIONAL' | 'POLICE_NATIONAL' | 'MUNICIPALITY' | 'AUDITOR';

interface ConsoleFixtures {
  /** The demo data set's ids (DEMO_CASE_ID, DEMO_CLEARANCE, ...), as `npm run demo` printed them. */
  demo: Record<string, string>;
  /** Signs in through the development form of /login. */
  signInAs(role: Role, options?: { region?: string; municipality?: string }): Promise<void>;
  /** Signs out with the button every page has, and waits until the sign-in page has taken over. */
  signOut(): Promise<void>;
  /** Answers the purpose dialog that guards the first protected read. */
  givePurpose(purpose?: string): Promise<void>;
  /**
   * Fails on any serious or critical axe-core violation on the page as it is now, or only within `part` (a CSS
   * selector: the case page's section a spec is about). The whole case page, with its map of 290 municipalities,
   * takes axe about 15 s; 1-police and 5-swedish scan it whole, the feature specs the part they change.
   */
  expectNoSeriousAxeViolations(part?: string): Promise<void>;
}

function readState(): E2eState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
}

/**
 * Every spec's page fails the test on any request that leaves the service's own origin, and on any
 * console error the page logs (a CSP violation shows up there).
 */
export const test = base.extend<ConsoleFixtures>({
  page: async ({ page }, use) => {
    const foreign: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(CONSOLE_E2E_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await use(page);
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(cspErrors, 'Content-Security-Policy violations').toEqual([]);
  },
  demo: async ({}, use) => {
    await use(readState().demo);
  },
  signInAs: async ({ page }, use) => {
    await use(async (role, options = {}) => {
      await page.goto('/login');
      await page.getByRole('combobox', { name: 'Role' }).selectOption(role);
      if (options.region) await page.getByRole('combobox', { name: 'Police region' }).selectOption(options.region);
      if (options.municipality) await page.getByRole('textbox', { name: 'Municipality code' }).fill(options.municipality);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    });
  },
  signOut: async ({ page }, use) => {
    await use(async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    });
  },
  givePurpose: async ({ page }, use) => {
    await use(async (purpose = 'AVH console browser test') => {
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Purpose of access' }).fill(purpose);
      await dialog.getByRole('button', { name: 'Continue' }).click();
      await expect(dialog).toBeHidden();
    });
  },
  expectNoSeriousAxeViolations: async ({ page }, use) => {
    await use(async (part?: string) => {
      const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
      if (part) {
        // A part that is not on the page would make the scan pass on nothing.
        await expect(page.locator(part)).toHaveCount(1);
        builder.include(part);
      }
      const results = await builder.analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  },
});

export { expect };
