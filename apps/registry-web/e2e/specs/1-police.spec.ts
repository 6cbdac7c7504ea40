import { join } from 'node:path';
import { expectedVerdicts, graphqlAs, type RankedDestination } from '../api.js';
import { expect, test } from '../fixtures.js';
import { CasePage } from '../pages/case.page.js';
import { REPO_ROOT } from '../service.js';

const RANK = `query($c: ID!) { case(id: $c) { homeMunicipality { code } } rankDestinations(caseId: $c, limit: 290) { municipality { code } cleared flags { code severity } } }`;

test.describe('police: a regional officer works a case', () => {
  test('reads the case, sees 290 verdicts that match rankDestinations, reads a blocked one’s flags, proposes a cleared one and the municipality checks it', async ({
    page,
    demo,
    signInAs,
    signOut,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose('AVH demo case work');
    await expect(page).toHaveURL(/\/cases$/);
    await expectNoSeriousAxeViolations();
    await page.getByRole('link', { name: demo.DEMO_CASE_REF! }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${demo.DEMO_CASE_ID}`));

    const view = await CasePage.open(page, demo.DEMO_CASE_ID!);
    const oracle = await graphqlAs<{ case: { homeMunicipality: { code: string } }; rankDestinations: RankedDestination[] }>(
      demo.TOKEN_SYD!,
      RANK,
      {
        c: demo.DEMO_CASE_ID,
      },
    );
    const expected = expectedVerdicts(oracle.rankDestinations, oracle.case.homeMunicipality.code);
    expect(await view.verdicts()).toEqual(expected);
    await expectNoSeriousAxeViolations();
    // The README's picture of the map: the case page's destinations, map and table side by side.
    await page.locator('section.destinations').screenshot({ path: join(REPO_ROOT, 'docs/console-map.png') });

    // A blocked municipality: its flags, each with its code as text.
    const blocked = oracle.rankDestinations.find((r) => !r.cleared && r.municipality.code !== oracle.case.homeMunicipality.code)!;
    await view.municipality(blocked.municipality.code).click();
    await expect(page).toHaveURL(new RegExp(`m=${blocked.municipality.code}`));
    for (const flag of blocked.flags) await expect(page.getByText(flag.code, { exact: true }).first()).toBeVisible();

    // A cleared one, chosen from the table: propose it, and read the reference the one time it is shown.
    const cleared = oracle.rankDestinations.find(
      (r) => r.cleared && r.flags.length === 0 && r.municipality.code !== demo.DEMO_DESTINATION,
    )!;
    await view.municipality(cleared.municipality.code).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`m=${cleared.municipality.code}`));
    await view.propose.click();
    const form = page
      .getByRole('dialog')
      .or(page.locator('form', { has: page.getByRole('combobox', { name: 'Housing type' }) }))
      .first();
    await form.getByRole('combobox', { name: 'Housing type' }).selectOption('SUPPORTED_HOUSING');
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    const reference = page.locator('output.clearance-reference-value');
    await expect(reference).toHaveText(/\S{10,}/);
    await expect(
      page
        .getByRole('button', { name: 'Copy' })
        .or(page.getByRole('button', { name: /copy/i }))
        .first(),
    ).toBeVisible();
    const referenceText = (await reference.textContent())!.trim();
    await expectNoSeriousAxeViolations();
    // Shown once: gone after navigating away and back.
    await page.goto('/cases');
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    await expect(page.getByRole('table', { name: 'Destinations' })).toBeVisible();
    await expect(page.getByText(referenceText)).toHaveCount(0);

    // The receiving municipality checks the reference it was handed.
    await signOut();
    await signInAs('MUNICIPALITY', { municipality: cleared.municipality.code });
    await givePurpose('Mottagande kommun: placering');
    await expect(page).toHaveURL(/\/clearance$/);
    await page.getByRole('textbox', { name: 'Clearance reference' }).fill(referenceText);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByText('Cleared', { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations();
    await page.getByRole('textbox', { name: 'Clearance reference' }).fill('not-a-reference-at-all');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByText('Not cleared', { exact: true })).toBeVisible();
  });

  test('acknowledges an alert, and works the case page by keyboard on a narrow screen', async ({
    page,
    demo,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose();
    await page.goto('/alerts');
    // The demo's one breach is on a STOCKHOLM case (6-conditions.spec.ts): SYD's officer is told of none.
    const reviews = page.getByRole('region', { name: 'Breach reviews awaiting a decision' });
    await expect(reviews.getByText('No breach reviews await a decision.')).toBeVisible();
    await expectNoSeriousAxeViolations();
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    await expect(page.locator('path[data-code]')).toHaveCount(290);
    await expectNoSeriousAxeViolations();
    // Keyboard only: from the table, Enter on a municipality's button selects it.
    const firstRowButton = page.getByRole('table', { name: 'Destinations' }).locator('tbody tr').first().getByRole('button').first();
    await firstRowButton.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/m=\d{4}/);
    await page.screenshot({ path: 'test-results/case-narrow.png', fullPage: true });
    // "On this page": a link by keyboard to the team, many screens down, takes focus there.
    const sections = page.getByRole('navigation', { name: 'On this page' });
    await sections.getByRole('link', { name: 'Team' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#case-team')).toBeFocused();
    await expect(page.locator('#case-team')).toBeInViewport();
    await page.screenshot({ path: 'test-results/case-narrow-sections.png' });
  });
});
