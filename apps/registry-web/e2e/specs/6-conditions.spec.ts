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
    await expectNoSeriousAxeViolations('#case-conditions');

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
    await expectNoSeriousAxeViolations('#case-conditions');
  });

  test('narrow screen, and in Swedish', async ({ page, signInAs, givePurpose, expectNoSeriousAxeViolations }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await signInAs('POLICE_REGIONAL', { region: 'STOCKHOLM' });
    await givePurpose();
    await openStockholmCase(page);
    const section = page.locator('section.conditions');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: 'test-results/conditions-narrow-en.png' });
    await expectNoSeriousAxeViolations('#case-conditions');
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
    await expectNoSeriousAxeViolations('#case-conditions');
  });

  // Last in this file: the tests above need the demo's breach review still open.
  test('the open breach review awaits the team on /alerts, and closes there by keyboard, in both languages and narrow', async ({
    page,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'STOCKHOLM' });
    await givePurpose('AVH granskning av brott mot villkor');
    await expect(page).toHaveURL(/\/cases$/);
    const caseLink = page.locator('main a[href^="/cases/"]').first();
    const caseHref = (await caseLink.getAttribute('href'))!;
    const reference = (await caseLink.textContent())!.trim();
    await page.getByRole('link', { name: 'Alerts' }).click();
    // The re-check alerts keep their place above.
    await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
    const section = page.getByRole('region', { name: 'Breach reviews awaiting a decision' });
    const review = section.getByRole('article', { name: /Stay away from areas/ });
    await expect(section.getByRole('article')).toHaveCount(1);
    await expect(review.getByRole('link', { name: `Case ${reference}` })).toHaveAttribute('href', caseHref);
    await expect(review.getByText('Breached', { exact: true })).toBeVisible();
    await expect(review).toContainText('Demo: seen in the home area on a weekend');
    await expect(review.getByText('Review raised')).toBeVisible();
    await section.screenshot({ path: 'test-results/breach-reviews-en.png' });
    await expectNoSeriousAxeViolations();

    await page.getByRole('button', { name: 'Svenska' }).click();
    const sv = page.getByRole('region', { name: 'Granskningar av brott som väntar på beslut' });
    await expect(sv.getByRole('article', { name: /Hålla sig borta från områden/ }).getByText('Brutet', { exact: true })).toBeVisible();
    await sv.screenshot({ path: 'test-results/breach-reviews-sv.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await sv.screenshot({ path: 'test-results/breach-reviews-narrow-sv.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations();

    // By keyboard on the narrow screen: open the form (the focus lands in the decision), write it, Tab to the
    // button, Enter.
    await page.getByRole('button', { name: 'English' }).click();
    await review.getByRole('button', { name: 'Close review' }).focus();
    await page.keyboard.press('Enter');
    await expect(review.getByRole('textbox', { name: 'Decision' })).toBeFocused();
    await page.keyboard.type('Samtal med avhopparen och kontaktpolisen, varning');
    await page.screenshot({ path: 'test-results/breach-reviews-narrow-form-en.png', fullPage: true });
    await page.keyboard.press('Tab');
    await expect(review.getByRole('button', { name: 'Close review' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText(`The review of Stay away from areas in case ${reference} is closed.`);
    await expect(section.getByText('No breach reviews await a decision.')).toBeVisible();
    await expect(section.getByRole('article')).toHaveCount(0);
    await expectNoSeriousAxeViolations();

    // The case says the same: the area condition has no open review left, and the decision is kept.
    await page.goto(caseHref);
    const area = page.locator('section.conditions').getByRole('article', { name: /Stay away from areas/ });
    await expect(area.getByText('1 closed review')).toBeVisible();
    await expect(area.getByRole('note', { name: 'Breach under review' })).toHaveCount(0);
  });
});
