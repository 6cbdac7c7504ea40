import { expect, test } from '../fixtures.js';

const SHOTS = 'test-results/screens';

test('consent on the case page: each member’s consents, recording one, withdrawing it', async ({
  page,
  demo,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  // The case page draws the whole map and is scanned by axe several times: on a busy machine it needs more than the default.
  test.slow();
  await signInAs('POLICE_REGIONAL', { region: 'SYD' });
  await givePurpose('SYD handläggning: samtycke');
  await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
  const section = page.getByRole('region', { name: 'Consent' });
  await expect(section).toBeVisible();
  // The defector's consent from openCase and the relative's the demo recorded, both valid.
  await expect(section.getByRole('article')).toHaveCount(2);
  await expect(section.getByRole('article').filter({ hasText: 'Valid' })).toHaveCount(2);
  await expect(section.getByText('The member (recorded when the case was opened)')).toBeVisible();
  await expect(section.getByText('Placements are blocked for lack of consent.')).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/consent-en-1280.png`, fullPage: true });
  await expectNoSeriousAxeViolations('#case-consent');

  // Record a broader consent for the defector, by keyboard-reachable controls.
  await section.getByRole('button', { name: 'Record consent' }).click();
  const form = section.getByRole('form', { name: 'Record a consent' });
  await form.getByRole('checkbox', { name: 'Threat and risk assessment' }).check();
  await form.getByRole('checkbox', { name: 'health care' }).check();
  // Nothing is sent without every signatory's name and answer.
  await form.getByRole('button', { name: 'Record consent' }).click();
  await expect(form.getByText('Give every signatory’s name and answer.'.replace('’', "'"))).toBeVisible();
  await form.getByRole('textbox', { name: 'Name (The member)' }).fill('Test Testsson');
  await form.getByRole('combobox', { name: 'Answer (The member)' }).selectOption('YES');
  await page.screenshot({ path: `${SHOTS}/consent-form-en-1280.png`, fullPage: true });
  await expectNoSeriousAxeViolations('#case-consent');
  await form.getByRole('button', { name: 'Record consent' }).click();
  await expect(section.getByRole('status')).toHaveText(/Consent recorded for /);
  await expect(section.getByRole('article')).toHaveCount(3);
  const recorded = section.getByRole('article').filter({ hasText: 'Threat and risk assessment' });
  await expect(recorded.getByRole('rowheader', { name: 'Test Testsson' })).toBeVisible();

  // Withdraw it: asked once more, then at once.
  await recorded.getByRole('button', { name: 'Withdraw consent' }).click();
  await recorded.getByRole('button', { name: 'Yes, withdraw' }).click();
  await expect(section.getByRole('status')).toHaveText(/Consent withdrawn for .*, from today\./);
  await expect(recorded.getByText('Withdrawn', { exact: true }).first()).toBeVisible();
  await expect(recorded.getByRole('button', { name: 'Renew' })).toHaveCount(0);
  await expectNoSeriousAxeViolations('#case-consent');
});

test('a withdrawn consent: blocked placements and the withheld clearance explained, in Swedish and narrow', async ({
  page,
  signInAs,
  givePurpose,
  expectNoSeriousAxeViolations,
}) => {
  // The case page draws the whole map and is scanned by axe several times: on a busy machine it needs more than the default.
  test.slow();
  // The demo's NORD defector withdrew consent after the proposal cleared.
  await signInAs('POLICE_REGIONAL', { region: 'NORD' });
  await givePurpose('NORD handläggning: samtycke');
  await page.getByRole('table', { name: 'Cases' }).getByRole('link').first().click();
  const section = page.getByRole('region', { name: 'Consent' });
  await expect(section.getByText('Placements are blocked for lack of consent.')).toBeVisible();
  await expect(section.getByText('Clearance withheld.')).toBeVisible();
  await expect(section.getByText(/CONSENT_MISSING/)).toBeVisible();
  await expectNoSeriousAxeViolations('#case-consent');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Svenska' }).click();
  const sv = page.getByRole('region', { name: 'Samtycke' });
  await expect(sv.getByText('Klareringen hålls inne.')).toBeVisible();
  await expect(sv.getByText('Återkallat', { exact: true }).first()).toBeVisible();
  await sv.screenshot({ path: `${SHOTS}/consent-withdrawn-sv-390.png` });
  // The section fits the narrow screen: nothing in it makes the page scroll sideways.
  expect(await sv.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expectNoSeriousAxeViolations('#case-consent');
});
