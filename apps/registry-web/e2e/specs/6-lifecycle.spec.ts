import { join } from 'node:path';
import { expect, test } from '../fixtures.js';

/** Screenshots for review go here (outside the repository): SHOTS_DIR, else the test output directory. */
const SHOTS = process.env.LIFECYCLE_SHOTS_DIR ?? join(import.meta.dirname, '..', '..', 'test-results', 'lifecycle');

test.describe('police: a case’s stage, history, next steps and follow-up', () => {
  test('moves the demo case by keyboard with a reason, refuses closing without a closure reason, and shows the history', async ({
    page,
    demo,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose('AVH demo case work');
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    const stage = page.locator('section.case-lifecycle');
    await expect(stage.getByRole('heading', { name: 'Stage', level: 2 })).toBeVisible();
    await expect(stage.locator('li[aria-current="step"]')).toHaveText('Proposed');
    await expectNoSeriousAxeViolations('#case-stage');
    await stage.screenshot({ path: join(SHOTS, 'en-1280-proposed.png') });

    // By keyboard: choose the next stage, give a reason, submit with Enter.
    const move = stage.getByRole('form', { name: 'Next step' });
    await move.getByRole('combobox', { name: 'Move to' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(move.getByRole('combobox', { name: 'Move to' })).toHaveValue('ELIGIBLE');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The proposed destination fell through');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(stage.locator('li[aria-current="step"]')).toHaveText('Eligible');
    const history = stage.getByRole('table', { name: 'History' });
    await expect(history.getByRole('row').nth(1)).toContainText('Proposed → Eligible');
    await expect(history.getByRole('row').nth(1)).toContainText('The proposed destination fell through');

    // Closing needs a closure reason: refused in the form, nothing sent.
    const close = stage.getByRole('form', { name: 'Close the case' });
    await close.getByRole('textbox', { name: 'Reason' }).fill('Testing the form');
    await close.getByRole('button', { name: 'Close case' }).click();
    await expect(close.getByText('Choose why the case closes.')).toBeVisible();
    await expect(stage.locator('li[aria-current="step"]')).toHaveText('Eligible');
    await expectNoSeriousAxeViolations('#case-stage');
    await stage.screenshot({ path: join(SHOTS, 'en-1280-moved.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await stage.screenshot({ path: join(SHOTS, 'en-390-moved.png') });
  });

  test('shows the OST case in follow-up with its recorded follow-up, and records another', async ({
    page,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'OST' });
    await givePurpose('AVH demo follow-up');
    await page.getByRole('table').getByRole('link').first().click();
    const stage = page.locator('section.case-lifecycle');
    await expect(stage.locator('li[aria-current="step"]')).toHaveText('Follow-up');
    const followUps = stage.getByRole('region', { name: 'Follow-ups' });
    await expect(followUps.getByText(/Partly established/)).toBeVisible();
    const form = stage.getByRole('form', { name: 'Record follow-up' });
    await form.getByRole('button', { name: 'Record follow-up' }).click();
    await expect(form.getByText('Choose an answer for Outcome.')).toBeVisible();
    await form.getByRole('combobox', { name: 'Outcome' }).selectOption('ESTABLISHED');
    await form.getByRole('combobox', { name: 'Housing' }).selectOption('OWN_TENANCY');
    await form.getByRole('combobox', { name: 'Income' }).selectOption('EMPLOYMENT');
    await form.getByRole('combobox', { name: 'Relapse into crime' }).selectOption('NO');
    await form.getByRole('combobox', { name: 'Threat still stands' }).selectOption('NO');
    await form.getByRole('button', { name: 'Record follow-up' }).click();
    await expect(followUps.getByRole('listitem')).toHaveCount(2);
    await expect(followUps.getByRole('listitem').filter({ hasText: 'Established; Housing: Own tenancy' })).toHaveCount(1);
    await expectNoSeriousAxeViolations('#case-stage');
    await stage.screenshot({ path: join(SHOTS, 'en-1280-follow-up.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await stage.screenshot({ path: join(SHOTS, 'en-390-follow-up.png') });
  });
});

test.describe('in Swedish', () => {
  test.use({ locale: 'sv-SE' });

  test('the closed NORD case: its closure reason, reopening, and the history in Swedish', async ({
    page,
    expectNoSeriousAxeViolations,
  }) => {
    await page.goto('/login');
    await page.getByRole('combobox', { name: 'Roll' }).selectOption('POLICE_REGIONAL');
    await page.getByRole('combobox', { name: 'Polisregion' }).selectOption('NORD');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Syfte med åtkomst' }).fill('Handläggning av avhopparärende');
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('table').getByRole('link').first().click();
    const stage = page.locator('section.case-lifecycle');
    await expect(stage.getByRole('heading', { name: 'Skede', level: 2 })).toBeVisible();
    await expect(stage.locator('li[aria-current="step"]')).toHaveText('Avslutat');
    await expect(stage.getByText('Gått vidare till annat stöd').first()).toBeVisible();
    await expect(stage.getByRole('form', { name: 'Återöppna' })).toBeVisible();
    await expectNoSeriousAxeViolations('#case-stage');
    await stage.screenshot({ path: join(SHOTS, 'sv-1280-closed.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await stage.screenshot({ path: join(SHOTS, 'sv-390-closed.png') });
  });
});
