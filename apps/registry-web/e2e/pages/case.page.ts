import { expect, type Locator, type Page } from '@playwright/test';

/** /cases/:id: the case, its map and the Destinations table. Locators by role and name, declared once. */
export class CasePage {
  readonly destinations: Locator;
  readonly propose: Locator;
  readonly paths: Locator;

  constructor(readonly page: Page) {
    this.destinations = page.getByRole('table', { name: 'Destinations' });
    this.propose = page.getByRole('button', { name: 'Propose' });
    this.paths = page.locator('path[data-code]');
  }

  static async open(page: Page, caseId: string): Promise<CasePage> {
    await page.goto(`/cases/${caseId}`);
    const view = new CasePage(page);
    await expect(view.paths).toHaveCount(290);
    await expect(view.destinations).toBeVisible();
    return view;
  }

  municipality(code: string): Locator {
    return this.page.locator(`path[data-code="${code}"]`);
  }

  /** Every path's verdict, once the map has them all. */
  async verdicts(): Promise<Map<string, string>> {
    await expect(this.page.locator('path[data-code]:not([data-verdict])')).toHaveCount(0);
    const pairs = await this.paths.evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute('data-code') ?? '', n.getAttribute('data-verdict') ?? '']),
    );
    return new Map(pairs as [string, string][]);
  }
}
