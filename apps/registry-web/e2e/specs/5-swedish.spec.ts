import { expect, test } from '../fixtures.js';

test.use({ locale: 'sv-SE' });

test('in Swedish: sign-in, purpose and the case page with flag messages in Swedish', async ({
  page,
  demo,
  expectNoSeriousAxeViolations,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  await expectNoSeriousAxeViolations();
  await page.getByRole('combobox', { name: 'Roll' }).selectOption('POLICE_REGIONAL');
  await page.getByRole('combobox', { name: 'Polisregion' }).selectOption('SYD');
  await page.getByRole('button', { name: 'Logga in' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Syfte med åtkomst' }).fill('Handläggning av avhopparärende');
  await dialog.getByRole('button', { name: 'Fortsätt' }).click();
  await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
  await expect(page.locator('path[data-code]')).toHaveCount(290);
  await expect(page.getByRole('table', { name: 'Destinationer' })).toBeVisible();
  // The home municipality's flags, worded by the API in Swedish.
  const home = page.locator('path[data-verdict="home"]');
  await home.click();
  await expect(page.getByText('HOME_MUNICIPALITY', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/hemkommun/i).first()).toBeVisible();
  await expectNoSeriousAxeViolations();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
});

test('in Swedish: the auditor’s retention dry run', async ({ page, expectNoSeriousAxeViolations }) => {
  await page.goto('/login');
  await page.getByRole('combobox', { name: 'Roll' }).selectOption('AUDITOR');
  await page.getByRole('button', { name: 'Logga in' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Syfte med åtkomst' }).fill('Granskning av gallring');
  await dialog.getByRole('button', { name: 'Fortsätt' }).click();
  const retention = page.getByRole('table', { name: 'Gallringsplan' });
  await expect(retention.getByRole('rowheader', { name: 'Avslutade ärenden' })).toBeVisible();
  await expect(retention.getByRole('row', { name: /Avslutade ärenden/ })).toContainText('365 dagar');
  await expectNoSeriousAxeViolations();
  await page.getByRole('heading', { name: 'Gallring, provkörning' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/retention-sv-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('heading', { name: 'Gallring, provkörning' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/retention-sv-390.png' });
});
