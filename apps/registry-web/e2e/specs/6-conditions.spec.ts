import { expect, test } from '../fixtures.js';
import type { Page } from '@playwright/test';

/**
 * The demo's Stockholm case has three signed conditions, one breached (apps/registry-cli/src/demo/demo-conditions.ts);
 * the region's development sign-in is on its team as contact officer, and so is told of the breach.
 */
async function openStockholmCase(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/cases$/);
  await page.locator('main a[href^="/cases/"]').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^(Conditions|Villkor)$/ })).toBeVisible();
}

test.describe('conditions on the case page', () => {
  test('lists the signed conditions with the open breach review; adds one, records a breach, closes its review, by keyboard where it counts', async ({
    page,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'STOCKHOLM' });
    await givePurpose('AVH follow-up of conditions');
    await openStockholmCase(page);
    const section = page.locator('section.conditions');
    await expect(section.getByRole('note').filter({ hasText: '1 breach is waiting' })).toBeVisible();
    const area = section.getByRole('article', { name: /Stay away from areas/ });
    await expect(area.getByText('Breached', { exact: true }).first()).toBeVisible();
    await expect(area.getByRole('note', { name: 'Breach under review' })).toBeVisible();
    await expect(
      section
        .getByRole('article', { name: /Drug tests/ })
        .getByText('Partly met')
        .first(),
    ).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: 'test-results/conditions-en.png' });
    await expectNoSeriousAxeViolations();

    // Add a condition by keyboard: open the form, fill it, submit with Enter on the button.
    await section.getByRole('button', { name: 'Add condition' }).focus();
    await page.keyboard.press('Enter');
    const form = section.getByRole('form', { name: 'Add a condition' });
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('CURFEW');
    await form.getByRole('textbox', { name: 'Condition in words (optional)' }).fill('Hemma senast 22.00 på vardagar');
    await form.getByRole('textbox', { name: 'What counts as a breach' }).fill('Inte hemma vid kontroll efter 22.00');
    await form.getByRole('checkbox', { name: 'Contact officer' }).check();
    await form.getByRole('button', { name: 'Add condition' }).focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText('Home by a set time added.');
    const curfew = section.getByRole('article', { name: /Home by a set time/ });
    await expect(curfew.getByText('Not yet observed')).toBeVisible();
    await section.screenshot({ path: 'test-results/conditions-added-en.png' });

    // A breach raises a review on the card; closing it with a decision takes it away.
    const record = curfew.getByRole('form', { name: 'Record compliance with Home by a set time' });
    await record.getByRole('combobox', { name: 'Compliance' }).selectOption('BREACHED');
    await record.getByRole('textbox', { name: 'Note (optional)' }).fill('Inte hemma vid kontroll');
    await record.getByRole('button', { name: 'Record compliance' }).click();
    await expect(section.getByRole('status')).toHaveText('Compliance with Home by a set time recorded.');
    await expect(curfew.getByRole('note', { name: 'Breach under review' })).toBeVisible();
    await expect(section.getByRole('note').filter({ hasText: '2 breaches are waiting' })).toBeVisible();
    await curfew.getByRole('button', { name: 'Close review' }).click();
    await curfew.getByRole('textbox', { name: 'Decision' }).fill('Samtal med avhopparen, varning');
    await curfew.getByRole('button', { name: 'Close review' }).click();
    await expect(section.getByRole('status')).toHaveText('The review is closed.');
    await expect(curfew.getByRole('note', { name: 'Breach under review' })).toHaveCount(0);
    await expect(curfew.getByText('1 closed review')).toBeVisible();

    // Bad input is refused in words, and nothing is sent.
    await section.getByRole('button', { name: 'Add condition' }).click();
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('STAY_AWAY_FROM_AREA');
    await form.getByRole('textbox', { name: 'What counts as a breach' }).fill('Besök i området');
    await form.getByRole('button', { name: 'Add condition' }).click();
    await expect(form.getByText('Choose at least one municipality.')).toBeVisible();
    await expect(form.getByRole('listbox', { name: 'Municipalities' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAxeViolations();
  });

  test('narrow screen, and in Swedish', async ({ page, signInAs, givePurpose, expectNoSeriousAxeViolations }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await signInAs('POLICE_REGIONAL', { region: 'STOCKHOLM' });
    await givePurpose();
    await openStockholmCase(page);
    const section = page.locator('section.conditions');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: 'test-results/conditions-narrow-en.png' });
    await expectNoSeriousAxeViolations();
    await page.locator('button.language-switch').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Villkor' })).toBeVisible();
    await expect(section.getByRole('note', { name: 'Brott under granskning' })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await section.screenshot({ path: 'test-results/conditions-sv.png' });
    await page.setViewportSize({ width: 390, height: 800 });
    await section.screenshot({ path: 'test-results/conditions-narrow-sv.png' });
    // At full size too: the narrow page is tall, and a scaled-down picture hides what overflows.
    await section.locator('li.condition-card').first().screenshot({ path: 'test-results/conditions-narrow-sv-first.png' });
    await section.locator('li.condition-breached').first().screenshot({ path: 'test-results/conditions-narrow-sv-breached.png' });
    const overflow = await section.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations();
  });
});
