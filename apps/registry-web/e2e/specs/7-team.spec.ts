import { graphqlAs } from '../api.js';
import { expect, test } from '../fixtures.js';

const SHOTS = 'test-results/screens';

test('the case team: add and remove with a reason; outside the team only the summary, then break-glass', async ({
  page,
  demo,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  // The case page draws the whole map and is scanned by axe several times: on a busy machine it needs more than the default.
  test.slow();
  await signInAs('POLICE_REGIONAL', { region: 'SYD' });
  await givePurpose('SYD handläggning: team');
  await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
  const section = page.getByRole('region', { name: 'Case team' });
  const members = section.getByRole('table', { name: 'Team members' });
  await expect(members.locator('tbody tr')).toHaveCount(3);
  await expect(members.getByRole('row', { name: /demo-las-syd/ })).toContainText('Local defector coordinator (LAS)');

  // Add a social worker, with a reason.
  await section.getByRole('button', { name: 'Add team member' }).click();
  const add = section.getByRole('form', { name: 'Add a team member' });
  await add.getByRole('textbox', { name: 'Officer' }).fill('syd-socialsekreterare');
  await add.getByRole('combobox', { name: 'Role' }).selectOption('SOCIAL_SECRETARY');
  await add.getByRole('textbox', { name: 'Reason for adding' }).fill('x');
  await add.getByRole('button', { name: 'Add to team' }).click();
  await expect(add.getByText('Give a reason of at least 10 characters.')).toBeVisible();
  await add.getByRole('textbox', { name: 'Reason for adding' }).fill('Socialtjänstens handläggare för familjen');
  await add.getByRole('button', { name: 'Add to team' }).click();
  await expect(members.locator('tbody tr')).toHaveCount(4);
  await expect(members.getByRole('row', { name: /syd-socialsekreterare/ })).toContainText('Social worker');
  await page.screenshot({ path: `${SHOTS}/team-en-1280.png`, fullPage: true });
  await expectNoSeriousAxeViolations('#case-team');

  // Remove them again, with a reason.
  await members.getByRole('button', { name: 'Remove syd-socialsekreterare from the team' }).click();
  const remove = section.getByRole('form', { name: 'Remove syd-socialsekreterare from the team' });
  await remove.getByRole('textbox', { name: 'Reason for removing' }).fill('Familjen har bytt handläggare');
  await remove.getByRole('button', { name: 'Remove from team' }).click();
  await expect(members.locator('tbody tr')).toHaveCount(3);

  // The officer leaves the team: the case page falls back to the summary every officer of the region may read.
  await members.getByRole('button', { name: 'Remove dev-police_regional-syd from the team' }).click();
  const leave = section.getByRole('form', { name: 'Remove dev-police_regional-syd from the team' });
  await leave.getByRole('textbox', { name: 'Reason for removing' }).fill('Lämnar ärendet vid semester');
  await leave.getByRole('button', { name: 'Remove from team' }).click();
  await expect(page.getByText("You are not on this case's team")).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consent' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: "Checker results of the case's proposals" })).toContainText('Cleared');
  await expect(page.getByText("The case's responsible officer is notified at once, with your name and reason.")).toBeVisible();
  await expect(page.getByText(/Access lasts a limited time \(8 hours/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/summary-only-en-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/summary-only-en-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSeriousAxeViolations();

  // Break-glass, by keyboard: a reason, then the details again, with the time limit shown.
  const reason = page.getByRole('textbox', { name: 'Reason for emergency access' });
  await reason.focus();
  await page.keyboard.type('Akut hot mot familjen, teamet nås inte i natt');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open the case with emergency access' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/break-glass-focus-en-1280.png` });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Emergency access granted until' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consent' })).toBeVisible();
  await expectNoSeriousAxeViolations('#case-team');

  // The responsible officer is told.
  const told = await graphqlAs<{ notifications: { caseId: string; officer: string; reason: string }[] }>(
    demo.TOKEN_SYD!,
    '{ notifications { caseId officer reason } }',
  );
  expect(told.notifications).toContainEqual({
    caseId: demo.DEMO_CASE_ID,
    officer: 'dev-police_regional-syd',
    reason: 'Akut hot mot familjen, teamet nås inte i natt',
  });
});

test('break-glass on my cases shows where alerts are, in both languages', async ({
  page,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  // The demo's duty officer opened the STOCKHOLM case; the console's STOCKHOLM sign-in is one of its responsible officers.
  await signInAs('POLICE_REGIONAL', { region: 'STOCKHOLM' });
  await givePurpose('STOCKHOLM: larm och nödåtkomst');
  await page.getByRole('link', { name: 'Alerts' }).click();
  const table = page.getByRole('table', { name: 'Who opened which case, and until when' });
  await expect(page.getByRole('heading', { name: 'Emergency access to my cases' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('demo-duty-officer-stockholm');
  await expect(table).toContainText('Jourhavande');
  await expectNoSeriousAxeViolations();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('table', { name: 'Vem som öppnade vilket ärende, och hur länge' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/notifications-sv-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations();
});
