import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.js';
import { CONSOLE_E2E_URL } from '../service.js';

const PURPOSE = 'AVH audit trail check';

test('the auditor finds the officers’ work in the log, verifies the chain and exports what the filters select', async ({
  page,
  browser,
  demo,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  // An officer's work first, in a browser of their own: open the demo case, which ranks its destinations.
  const officer = await browser.newContext({ baseURL: CONSOLE_E2E_URL });
  const officerPage = await officer.newPage();
  await officerPage.goto('/login');
  await officerPage.getByRole('combobox', { name: 'Role' }).selectOption('POLICE_REGIONAL');
  await officerPage.getByRole('combobox', { name: 'Police region' }).selectOption('SYD');
  await officerPage.getByRole('button', { name: 'Sign in' }).click();
  await officerPage.getByRole('dialog').getByRole('textbox', { name: 'Purpose of access' }).fill(PURPOSE);
  await officerPage.getByRole('dialog').getByRole('button', { name: 'Continue' }).click();
  await officerPage.goto(`/cases/${demo.DEMO_CASE_ID}`);
  await expect(officerPage.locator('path[data-verdict]')).toHaveCount(290);
  // ... and a refusal: a case that is not there.
  await officerPage.goto('/cases/00000000-0000-4000-8000-00000000dead');
  await expect(officerPage.getByText('Not found or not yours to see.').first()).toBeVisible();
  await officer.close();

  await signInAs('AUDITOR');
  await givePurpose('Granskning av loggen');
  await expect(page).toHaveURL(/\/audit$/);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.locator('tbody tr').first()).toBeVisible();
  // The retention dry run: a count per kind of record, never which records.
  const retention = page.getByRole('table', { name: 'Retention schedule' });
  await expect(retention.getByRole('rowheader')).toHaveText([
    'Closed cases',
    'Ended placements',
    'Network presences',
    'Affiliations',
    'Personal fields of audit events',
  ]);
  await expect(retention.getByRole('row', { name: /Closed cases/ })).toContainText('365 days');
  await expectNoSeriousAxeViolations();
  await page.getByRole('heading', { name: 'Retention dry run' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/retention-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('heading', { name: 'Retention dry run' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/retention-390.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The officer's ranking of the case, with the purpose they gave.
  await page.getByRole('textbox', { name: 'Actor' }).fill('dev-police_regional-syd');
  await page.getByRole('combobox', { name: 'Action' }).fill('rankDestinations');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(events.getByText(PURPOSE).first()).toBeVisible();
  await expect(events.getByText('rankDestinations').first()).toBeVisible();

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText('Chain intact')).toBeVisible();
  // Checkpoints: signed every 1,000 events or minute; the list shows them once there is one.
  await expect(page.getByRole('heading', { name: 'Signed checkpoints' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toBe('seq,at,actor,roles,action,resourceType,resourceId,purpose,outcome,hash');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.includes('dev-police_regional-syd') && row.includes('rankDestinations'))).toBe(true);
  expect(rows.some((row) => row.includes(PURPOSE))).toBe(true);

  // Refused only: every row shown is a refusal.
  await page.getByRole('combobox', { name: 'Action' }).fill('');
  await page.getByRole('textbox', { name: 'Actor' }).fill('');
  await page.getByRole('checkbox', { name: 'Refused only' }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(events.getByText('dev-police_regional-syd').first()).toBeVisible();
  await expect
    .poll(async () => {
      const rows = await events.locator('tbody tr').allTextContents();
      return rows.length > 0 && rows.every((row) => row.includes('refused'));
    })
    .toBe(true);
  await expectNoSeriousAxeViolations();
});
