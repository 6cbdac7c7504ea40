import { expect, test } from '../fixtures.js';

test('national coordination overrides a proposal that did not clear, with a justification', async ({
  page,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  await signInAs('POLICE_NATIONAL');
  await givePurpose('NOA samordning: överprövning');
  await page.getByRole('link', { name: 'Overrides' }).click();
  await expect(page).toHaveURL(/\/overrides$/);
  const override = page.getByRole('button', { name: 'Override', exact: true }).first();
  await expect(override).toBeVisible();
  await expectNoSeriousAxeViolations();
  await override.click();
  const justification = page.getByRole('textbox', { name: 'Justification' });
  // Too short: refused in words, nothing sent.
  await justification.fill('Too short');
  await page.getByRole('button', { name: 'Override proposal' }).click();
  await expect(page.getByText('Write at least 20 characters.')).toBeVisible();
  await justification.fill('Reviewed with the region: the flagged network left this town in the spring.');
  await page.getByRole('button', { name: 'Override proposal' }).click();
  await expect(page.getByText('OVERRIDDEN').first()).toBeVisible();
  await expect(page.locator('output.clearance-reference-value')).toHaveText(/\S{10,}/);
  await expectNoSeriousAxeViolations();
  // National coordination also sees every region's cases.
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
  // The demo's six worked cases and its five referrals in MITT.
  await expect(page.getByRole('table', { name: 'Cases' }).locator('tbody tr')).toHaveCount(11);
});

test('police read statistics of every region, small figures suppressed and explained', async ({
  page,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  await signInAs('POLICE_REGIONAL', { region: 'SYD' });
  await givePurpose('SYD uppföljning: statistik');
  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.getByRole('heading', { name: 'Why some figures are “–”' })).toBeVisible();
  const opened = page.getByRole('table', { name: /Cases opened/ });
  await expect(opened).toBeVisible();
  // Every region is a row, and no figure from 1 to 4 is ever on the page.
  await expect(opened.locator('tbody tr')).toHaveCount(7);
  for (const text of await page.locator('table.statistics-table td').allInnerTexts()) expect(text.trim()).not.toMatch(/^[1-4]$/);
  // The page opens on the last twelve months, where demo-history put the demo: MITT's five referrals show, and the chart.
  await expect(opened.getByRole('row', { name: /Mitt/ }).getByRole('cell', { name: '5', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Cases opened/ })).toBeVisible();
  // demo-history moved the demo into the last six months; the year before last has none: the page says so, no empty chart.
  const year = new Date().getFullYear() - 2;
  await page.getByLabel('From month').fill(`${year}-01`);
  await page.getByLabel('To month').fill(`${year}-12`);
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await expect(page.getByText('Cases opened: nothing in this period, so there is no chart.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Cases opened/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations();
});
